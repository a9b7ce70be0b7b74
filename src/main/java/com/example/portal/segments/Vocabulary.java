package com.example.portal.segments;

import java.util.Map;

/**
 * Plain Russian names of the metric and industry keys used in segment criteria, so criteria read as sentences.
 * Unknown keys are shown as they are rather than guessed.
 */
public final class Vocabulary {

    /** A metric's Russian name (as it reads after "у которых") and its unit suffix. */
    public record Metric(String name, String unit) {
    }

    private static final Map<String, Metric> METRICS = Map.of(
            "missed_call_share", new Metric("доля пропущенных звонков", "%"),
            "open_vacancies", new Metric("открытых вакансий", ""),
            "days_since_signup", new Metric("дней с регистрации", ""),
            "monthly_responses", new Metric("откликов в месяц", ""),
            "response_rate", new Metric("доля вакансий с откликами", "%"),
            "paid_services_count", new Metric("платных услуг", ""));

    private static final Map<String, String> INDUSTRIES = Map.ofEntries(
            Map.entry("retail", "розница"),
            Map.entry("horeca", "общепит и гостиницы"),
            Map.entry("it", "IT"),
            Map.entry("manufacturing", "производство"),
            Map.entry("construction", "строительство"),
            Map.entry("logistics", "логистика"),
            Map.entry("finance", "финансы"),
            Map.entry("healthcare", "медицина"),
            Map.entry("education", "образование"),
            Map.entry("services", "услуги"));

    private Vocabulary() {
    }

    public static Metric metric(String key) {
        return METRICS.getOrDefault(key, new Metric(key, ""));
    }

    /** Every metric key the sentences know, by key. */
    public static Map<String, Metric> metrics() {
        return METRICS;
    }

    /** Every industry key with a Russian name, in a stable order. */
    public static java.util.SortedSet<String> industries() {
        return new java.util.TreeSet<>(INDUSTRIES.keySet());
    }

    public static String industry(String key) {
        return INDUSTRIES.getOrDefault(key, key);
    }
}
