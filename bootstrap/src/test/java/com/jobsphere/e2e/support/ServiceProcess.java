package com.jobsphere.e2e.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real artifact, {@code bootstrap/target/jobsphere.jar}, run as a child JVM exactly as an operator runs it
 * ({@code java -jar jobsphere.jar}), for what only a separate process shows: {@code kill -9}, SIGTERM, an exit
 * status, the lines a failed start-up prints.
 *
 * <p>The jar's path comes from the system property {@value #JAR_PROPERTY}, which failsafe sets (see
 * {@code bootstrap/pom.xml}). The child sees only the environment it is given, so nothing of the shell that
 * runs the build leaks into it. Its output goes to {@code target/service-processes/<name>.log}, kept after the
 * test for reading. A child still running when the test JVM exits is killed then.
 *
 * <pre>{@code
 * try (ServiceProcess server = ServiceProcess.start("KillNineIT-A", service.environment())) {
 *     server.api().get("/livez").send().expect(200);
 *     server.kill();
 * }
 * }</pre>
 */
public final class ServiceProcess implements AutoCloseable {
    public static final String JAR_PROPERTY = "jobsphere.jar";
    /** What every JVM exits with after a SIGTERM it handled: 128 + 15. It ran its shutdown hooks to the end. */
    public static final int EXIT_AFTER_SIGTERM = 143;

    private static final Pattern LISTENING = Pattern.compile("JobSphere Payments listening on http://localhost:(\\d+)");
    /** A cold JVM on a busy two-core machine takes a few seconds; a minute means it is stuck. */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration KILL_TIMEOUT = Duration.ofSeconds(10);
    private static final long POLL_MILLIS = 25;
    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly),
                "kill-service-processes"));
    }

    private final String name;
    private final Process process;
    private final Path log;
    private Api api;
    private int port;

    private ServiceProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /** Starts the jar and waits until it listens; fails with its output if it exits or hangs first. */
    public static ServiceProcess start(String name, Map<String, String> environment) {
        ServiceProcess child = launch(name, environment);
        try {
            child.awaitListening();
            return child;
        } catch (RuntimeException | Error e) {
            child.close();
            throw e;
        }
    }

    /** Starts the jar without waiting for anything: for a start-up that is meant to fail. */
    public static ServiceProcess launch(String name, Map<String, String> environment) {
        Path jar = jar();
        Path log = jar.toAbsolutePath().getParent().resolve("service-processes").resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(javaExecutable(), "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        try {
            Files.createDirectories(log.getParent());
            Process process = builder.start();
            RUNNING.add(process);
            process.onExit().thenRun(() -> RUNNING.remove(process));
            return new ServiceProcess(name, process, log);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + jar + " as " + name, e);
        }
    }

    private static Path jar() {
        String configured = System.getProperty(JAR_PROPERTY);
        if (configured == null || configured.isBlank()) {
            throw new AssertionError("The system property " + JAR_PROPERTY + " is not set. Failsafe sets it (see "
                    + "bootstrap/pom.xml); from an IDE, pass -D" + JAR_PROPERTY + "=<repo>/bootstrap/target/jobsphere.jar");
        }
        Path jar = Path.of(configured);
        if (!Files.isRegularFile(jar)) {
            throw new AssertionError("The service jar " + jar + " does not exist: build it first with "
                    + "./mvnw -pl bootstrap -am package -DskipTests");
        }
        return jar;
    }

    /** The {@code java} this test runs on, so the child runs on the same JDK. */
    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElseThrow(() -> new AssertionError("cannot tell which java executable runs this test"));
    }

    private void awaitListening() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher listening = LISTENING.matcher(output());
            if (listening.find()) {
                port = Integer.parseInt(listening.group(1));
                api = new Api("http://localhost:" + port);
                return;
            }
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited with status " + process.exitValue()
                        + " before it listened. Its output:\n" + output());
            }
            pause();
        }
        throw new AssertionError(name + " did not listen within " + START_TIMEOUT.toSeconds() + " s. Its output:\n"
                + output());
    }

    /** Waits until a line of the output contains {@code fragment}; fails with the output after {@code timeout}. */
    public void awaitLine(String fragment, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (lines().stream().noneMatch(line -> line.contains(fragment))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(name + " never printed \"" + fragment + "\". Its output:\n" + output());
            }
            pause();
        }
    }

    /** The API of the running child. */
    public Api api() {
        if (api == null) {
            throw new IllegalStateException(name + " was launched without waiting for it to listen");
        }
        return api;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** {@code kill -9}, then waits until the process is gone (and with it every socket it had open). */
    public void kill() {
        process.destroyForcibly();
        awaitExit(KILL_TIMEOUT);
    }

    /** SIGTERM: the process shuts down by itself; see {@link #awaitExit}. */
    public void terminate() {
        process.destroy();
    }

    /** Waits for the process to end and returns its exit status; fails with its output if it is still running. */
    public int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError(name + " was still running after " + timeout.toMillis() + " ms. Its output:\n"
                        + output());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + name + " to exit", e);
        }
    }

    /** Everything the process has printed so far (standard output and error, interleaved as written). */
    public String output() {
        try {
            // Decoded leniently: a line cut in the middle of a character must not fail the reading.
            return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + log, e);
        }
    }

    public List<String> lines() {
        return output().lines().toList();
    }

    public Path log() {
        return log;
    }

    /** Kills the process if it is still running, so that no test leaves a server behind. */
    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while watching a service process", e);
        }
    }

    @Override
    public String toString() {
        return "ServiceProcess[" + name + ", pid " + process.pid() + (port > 0 ? ", port " + port : "") + "]";
    }
}
