package com.jobsphere.bootstrap;

import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * The process's one meter registry, scraped at {@code /metrics}, with the JVM's binders: memory, garbage
 * collection, threads, class loading, CPU, uptime and file descriptors. Each instance of the application has its
 * own, never Micrometer's global registry, so two instances in one JVM (as the tests run them) count apart.
 */
final class Monitoring implements AutoCloseable {
    private final PrometheusMeterRegistry registry;
    private final JvmGcMetrics garbageCollection;

    private Monitoring(PrometheusMeterRegistry registry, JvmGcMetrics garbageCollection) {
        this.registry = registry;
        this.garbageCollection = garbageCollection;
    }

    static Monitoring start() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        JvmGcMetrics garbageCollection = new JvmGcMetrics();
        garbageCollection.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
        return new Monitoring(registry, garbageCollection);
    }

    PrometheusMeterRegistry registry() {
        return registry;
    }

    /** Stops listening for garbage collections and closes the registry. */
    @Override
    public void close() {
        try {
            garbageCollection.close();
        } finally {
            registry.close();
        }
    }
}
