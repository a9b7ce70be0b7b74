package com.example.portal.pitch;

import com.example.portal.segments.Vocabulary;

/**
 * The question a rep asks a client to settle one criterion, built from what the criterion checks: a metric's
 * question comes from its Russian name and unit, so a new metric key gets one without anyone writing it.
 */
public final class ClientQuestions {

    static final String SIZE = "Сколько сотрудников в компании?";
    static final String INDUSTRY = "В какой отрасли работает компания?";

    private ClientQuestions() {
    }

    static String product(String productName) {
        return "Вы уже пользуетесь продуктом «" + productName + "»?";
    }

    /** «Какая у вас доля пропущенных звонков, в процентах?» for a share, «Сколько у вас откликов в месяц?» for a count. */
    public static String metric(String key) {
        Vocabulary.Metric metric = Vocabulary.metric(key);
        return "%".equals(metric.unit()) ? "Какая у вас " + metric.name() + ", в процентах?"
                : "Сколько у вас " + metric.name() + "?";
    }
}
