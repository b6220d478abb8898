package com.jobsphere.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.MDC;

class RequestIdsTest {
    private final ExecutorService worker = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() throws InterruptedException {
        MDC.clear();
        worker.shutdown();
        assertThat(worker.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "3f2a9c1e7b4d8a60", "req-1.2_3", "0123456789012345678901234567890123456789012345678901234567890123"
            + "0123456789012345678901234567890123456789012345678901234567890123"})
    void anAcceptableIdIsAdopted(String offered) {
        assertThat(RequestIds.idFor(offered)).isEqualTo(offered);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "has space", "new\nline", "quote\"", "é", "{json}", "01234567890123456789012345678901234567890123456789"
            + "01234567890123456789012345678901234567890123456789012345678901234567890123456789"})
    void anyOtherIdIsReplacedByANewOne(String offered) {
        assertThat(RequestIds.idFor(offered)).isNotEqualTo(offered).matches("[0-9a-f]{16}");
    }

    @Test
    void noIdGetsANewOneEachTime() {
        assertThat(RequestIds.idFor(null)).matches("[0-9a-f]{16}").isNotEqualTo(RequestIds.idFor(null));
    }

    @Test
    void aTaskRunsWithTheRequestsIdsAndLeavesTheWorkersOwnAsTheyWere() throws Exception {
        worker.submit(() -> MDC.put("requestId", "the worker's own")).get();
        MDC.put(RequestIds.MDC_KEY, "request-1");
        MDC.put(RequestIds.USER_MDC_KEY, "user-1");
        AtomicReference<Map<String, String>> seen = new AtomicReference<>();

        RequestIds.carrying(worker).execute(() -> seen.set(MDC.getCopyOfContextMap()));

        assertThat(worker.submit(() -> MDC.get("requestId")).get()).isEqualTo("the worker's own");
        assertThat(seen.get()).containsEntry("requestId", "request-1").containsEntry("userId", "user-1");
    }
}
