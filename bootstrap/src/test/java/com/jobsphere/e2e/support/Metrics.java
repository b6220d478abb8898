package com.jobsphere.e2e.support;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One scrape of {@code /metrics}, read from Prometheus' text format: each sample by its name and labels, the labels
 * in any order. {@code metrics.value("jobsphere_webhook_events_total", "type", "deposit_paid", "outcome", "applied")}.
 */
public final class Metrics {
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})? (\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final Map<String, Double> samples = new TreeMap<>();

    private Metrics(String text) {
        text.lines().filter(line -> !line.startsWith("#") && !line.isBlank()).forEach(line -> {
            Matcher sample = SAMPLE.matcher(line);
            if (!sample.matches()) {
                throw new AssertionError("not a Prometheus sample: " + line);
            }
            Map<String, String> labels = new TreeMap<>();
            if (sample.group(3) != null) {
                Matcher label = LABEL.matcher(sample.group(3));
                while (label.find()) {
                    labels.put(label.group(1), label.group(2));
                }
            }
            samples.put(key(sample.group(1), labels), Double.parseDouble(sample.group(4)));
        });
    }

    /** Reads a scrape; fails unless the response is a 200 in the text format. */
    public static Metrics of(Response response) {
        response.expect(200);
        if (!response.header("Content-Type").orElse("").startsWith("text/plain; version=0.0.4")) {
            throw new AssertionError("not Prometheus' text format: " + response.header("Content-Type"));
        }
        return new Metrics(response.text());
    }

    /** The sample's value, if the scrape has it. */
    public Optional<Double> find(String name, String... labelPairs) {
        Map<String, String> labels = new TreeMap<>();
        for (int i = 0; i < labelPairs.length; i += 2) {
            labels.put(labelPairs[i], labelPairs[i + 1]);
        }
        return Optional.ofNullable(samples.get(key(name, labels)));
    }

    /** The sample's value, 0 when the scrape does not have it (a counter not yet incremented). */
    public double value(String name, String... labelPairs) {
        return find(name, labelPairs).orElse(0d);
    }

    /** Whether any sample has this name, whatever its labels. */
    public boolean has(String name) {
        return samples.keySet().stream().anyMatch(key -> key.equals(name) || key.startsWith(name + "{"));
    }

    private static String key(String name, Map<String, String> labels) {
        return labels.isEmpty() ? name : name + labels;
    }
}
