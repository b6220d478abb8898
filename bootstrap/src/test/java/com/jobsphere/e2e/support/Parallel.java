package com.jobsphere.e2e.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;

/**
 * Runs requests at the same moment: each on its own thread, all released together by one gate, so
 * that they really overlap at the server.
 */
public final class Parallel {
    private static final long TIMEOUT_SECONDS = 60;

    private Parallel() {
    }

    /** Runs {@code request(0)} … {@code request(count - 1)} at once and returns the answers in that order. */
    public static <T> List<T> run(int count, IntFunction<T> request) {
        ExecutorService threads = Executors.newFixedThreadPool(count);
        CountDownLatch ready = new CountDownLatch(count);
        CountDownLatch gate = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(threads.submit(() -> {
                    ready.countDown();
                    gate.await();
                    return request.apply(index);
                }));
            }
            if (!ready.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("the threads did not start");
            }
            gate.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for parallel requests", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("a parallel request failed", e);
        } finally {
            threads.shutdownNow();
        }
    }
}
