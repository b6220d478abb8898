package com.jobsphere.e2e.operating;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobsphere.e2e.support.Api;
import com.jobsphere.e2e.support.Response;
import com.jobsphere.e2e.support.Service;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** In production without {@code METRICS_TOKEN}, {@code /metrics} does not exist; the API's description still does. */
class ProductionMetricsIT {
    @RegisterExtension
    static final Service service = Service.withFakeStripe(Map.of("APP_ENV", "production"));

    private final Api api = service.api();

    @Test
    void metricsWithoutATokenAnswerAsARouteThatDoesNotExist() {
        Response metrics = api.get("/metrics").send().expect(404);
        Response nothing = api.get("/no-such-route").send().expect(404);

        assertThat(metrics.text()).isEqualTo(nothing.text());
        api.get("/metrics").bearer("anything").send().expect(404);
    }

    @Test
    void theDescriptionStaysPublic() {
        api.get("/openapi.json").send().expect(200);
        api.get("/docs").send().expect(200);
    }
}
