package com.example.portal.operations;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.example.portal.GraphQLClient;

/** One scrape of /q/metrics as an operator (a token with the role metrics), read the way Prometheus reads it. */
public record Metrics(String text) {

    static final GraphQLClient SCRAPER = GraphQLClient.as("prometheus.test", "metrics");
    /** A sample line: name, labels, value, then maybe an OpenMetrics exemplar ("# {trace_id=...} ..."), ignored. */
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{([^}]*)\\})? (\\S+)(?: .*)?$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    public static Metrics scrape() {
        return new Metrics(SCRAPER.request().get("/q/metrics").then().statusCode(200).extract().asString());
    }

    /** The value of the sample with this name whose labels include these (name, value pairs); empty when absent. */
    public OptionalDouble value(String name, String... labels) {
        return text.lines().map(SAMPLE::matcher).filter(Matcher::matches).filter(m -> m.group(1).equals(name))
                .filter(m -> hasLabels(m.group(2), labels)).mapToDouble(m -> Double.parseDouble(m.group(3))).findFirst();
    }

    /** As {@link #value}, 0 when the sample is not there yet (a counter or timer nothing has touched). */
    public double valueOrZero(String name, String... labels) {
        return value(name, labels).orElse(0);
    }

    private static boolean hasLabels(String labelText, String... wanted) {
        Map<String, String> labels = new HashMap<>();
        if (labelText != null) {
            Matcher m = LABEL.matcher(labelText);
            while (m.find()) {
                labels.put(m.group(1), m.group(2));
            }
        }
        for (int i = 0; i < wanted.length; i += 2) {
            if (!wanted[i + 1].equals(labels.get(wanted[i]))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return Arrays.stream(text.split("\n")).filter(line -> line.startsWith("portal_")).reduce("", (a, b) -> a + b + "\n");
    }
}
