package com.jobsphere.adapters.postgres;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;

/** Concurrent attempts at one thing, released together so that they really collide. */
final class Race {
    private static final long TIMEOUT_SECONDS = 30;

    private Race() {
    }

    /** Runs {@code attempt(0)} ... {@code attempt(attempts - 1)} at once, each on its own thread; counts the true ones. */
    static long successes(int attempts, IntPredicate attempt) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(attempts);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> outcomes = new ArrayList<>();
            for (int index = 0; index < attempts; index++) {
                int number = index;
                outcomes.add(threads.submit(() -> {
                    start.await();
                    return attempt.test(number);
                }));
            }
            start.countDown();
            long succeeded = 0;
            for (Future<Boolean> outcome : outcomes) {
                succeeded += outcome.get(TIMEOUT_SECONDS, TimeUnit.SECONDS) ? 1 : 0;
            }
            return succeeded;
        } finally {
            threads.shutdownNow();
        }
    }
}
