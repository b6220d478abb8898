# JobSphere Payments: the jar built with the Maven wrapper, run on a JRE as a non-root user.
# Not built on the development machine, which has no Docker; ContainerFilesTest checks what it can of it.

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw --batch-mode --quiet package -DskipTests -pl bootstrap -am

FROM eclipse-temurin:17-jre
# curl for the health check only.
RUN apt-get update \
    && apt-get install --yes --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --no-create-home --shell /usr/sbin/nologin jobsphere
WORKDIR /app
COPY --from=build /src/bootstrap/target/jobsphere.jar /app/jobsphere.jar
USER 10001
ENV PORT=3000 \
    LOG_FORMAT=json
EXPOSE 3000
# Ready means PostgreSQL answers and holds the migrated schema (CONTRACT.md §11); /livez is for restarts.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
    CMD curl --fail --silent --show-error http://localhost:3000/readyz > /dev/null || exit 1
# exec form: java is PID 1 and gets SIGTERM itself, so in-flight requests drain before it exits.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/jobsphere.jar"]
