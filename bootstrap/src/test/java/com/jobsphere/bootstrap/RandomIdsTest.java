package com.jobsphere.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class RandomIdsTest {
    private static final int THREADS = 4;
    private static final int IDS_PER_THREAD = 5_000;

    @Test
    void idsAreTwentyFourLowerCaseHexCharacters() {
        RandomIds ids = new RandomIds();
        for (int i = 0; i < 100; i++) {
            assertThat(ids.next()).matches("[0-9a-f]{24}");
        }
    }

    /** Each thread has a generator of its own, seeded on its own: no two threads may repeat each other's ids. */
    @Test
    void threadsMakingIdsAtOnceNeverRepeatOne() throws Exception {
        RandomIds ids = new RandomIds();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Callable<List<String>>> makers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                makers.add(() -> {
                    List<String> made = new ArrayList<>();
                    for (int i = 0; i < IDS_PER_THREAD; i++) {
                        made.add(ids.next());
                    }
                    return made;
                });
            }
            Set<String> distinct = new HashSet<>();
            for (Future<List<String>> made : pool.invokeAll(makers)) {
                distinct.addAll(made.get());
            }
            assertThat(distinct).hasSize(THREADS * IDS_PER_THREAD);
        } finally {
            pool.shutdownNow();
        }
    }
}
