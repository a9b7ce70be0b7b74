package com.example.portal.pitch;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.example.portal.segments.ComparisonOperator;
import com.example.portal.segments.CriteriaSentence;
import com.example.portal.segments.MetricRule;
import com.example.portal.segments.Vocabulary;

/**
 * Checks a client profile against a segment's criteria, one criterion at a time. Plain Java: what is missing
 * from the profile is UNKNOWN, never a silent pass or fail.
 */
public final class SegmentMatcher {

    private SegmentMatcher() {
    }

    public static SegmentFit fit(SegmentView segment, ClientProfile client) {
        List<CriterionCheck> checks = new ArrayList<>();
        if (segment.sizeMin() != null || segment.sizeMax() != null) {
            checks.add(size(segment, client));
        }
        if (!segment.industries().isEmpty()) {
            checks.add(industry(segment, client));
        }
        segment.productsOwned().forEach(p -> checks.add(product(p, true, client)));
        segment.productsNotOwned().forEach(p -> checks.add(product(p, false, client)));
        segment.conditions().forEach(c -> checks.add(metric(c, client)));

        long met = checks.stream().filter(c -> c.status() == CriterionStatus.MET).count();
        long unknown = checks.stream().filter(c -> c.status() == CriterionStatus.UNKNOWN).count();
        if (checks.stream().anyMatch(c -> c.status() == CriterionStatus.NOT_MET)) {
            return new SegmentFit(segment, SegmentFitStatus.RULED_OUT, 0, checks);
        }
        // A segment without criteria fits anyone, which says little: it scores like a half-known one.
        double score = checks.isEmpty() ? 0.5 : (met + SegmentFit.UNKNOWN_WEIGHT * unknown) / checks.size();
        return new SegmentFit(segment, unknown == 0 ? SegmentFitStatus.MATCH : SegmentFitStatus.POSSIBLE, score, checks);
    }

    private static CriterionCheck size(SegmentView segment, ClientProfile client) {
        String criterion = "Размер компании " + CriteriaSentence.size(segment.sizeMin(), segment.sizeMax());
        if (client.employees() == null) {
            return new CriterionCheck(CriterionKind.SIZE, criterion, CriterionStatus.UNKNOWN, null, ClientQuestions.SIZE);
        }
        int n = client.employees();
        boolean met = (segment.sizeMin() == null || n >= segment.sizeMin()) && (segment.sizeMax() == null || n <= segment.sizeMax());
        return new CriterionCheck(CriterionKind.SIZE, criterion, status(met), n + " сотр.", ClientQuestions.SIZE);
    }

    private static CriterionCheck industry(SegmentView segment, ClientProfile client) {
        String criterion = "Отрасль: " + String.join(", ", segment.industries().stream().map(Vocabulary::industry).toList());
        if (client.industry() == null) {
            return new CriterionCheck(CriterionKind.INDUSTRY, criterion, CriterionStatus.UNKNOWN, null, ClientQuestions.INDUSTRY);
        }
        return new CriterionCheck(CriterionKind.INDUSTRY, criterion, status(segment.industries().contains(client.industry())),
                Vocabulary.industry(client.industry()), ClientQuestions.INDUSTRY);
    }

    private static CriterionCheck product(SegmentView.ProductRef product, boolean mustOwn, ClientProfile client) {
        CriterionKind kind = mustOwn ? CriterionKind.PRODUCT_OWNED : CriterionKind.PRODUCT_NOT_OWNED;
        String criterion = (mustOwn ? "Есть продукт «" : "Нет продукта «") + product.name() + "»";
        String question = ClientQuestions.product(product.name());
        if (client.productsOwned() == null) {
            return new CriterionCheck(kind, criterion, CriterionStatus.UNKNOWN, null, question);
        }
        boolean owns = client.productsOwned().contains(product.slug());
        return new CriterionCheck(kind, criterion, status(owns == mustOwn), owns ? "есть" : "нет", question);
    }

    private static CriterionCheck metric(MetricRule condition, ClientProfile client) {
        String criterion = capitalized(CriteriaSentence.condition(condition.metric(), condition.operator(), condition.threshold()));
        BigDecimal value = client.metrics().get(condition.metric());
        if (value == null) {
            return new CriterionCheck(CriterionKind.METRIC, criterion, CriterionStatus.UNKNOWN, null,
                    ClientQuestions.metric(condition.metric()));
        }
        return new CriterionCheck(CriterionKind.METRIC, criterion, status(compare(value, condition.operator(), condition.threshold())),
                CriteriaSentence.number(value) + Vocabulary.metric(condition.metric()).unit(), ClientQuestions.metric(condition.metric()));
    }

    static boolean compare(BigDecimal value, ComparisonOperator operator, BigDecimal threshold) {
        int c = value.compareTo(threshold);
        return switch (operator) {
            case GT -> c > 0;
            case GTE -> c >= 0;
            case LT -> c < 0;
            case LTE -> c <= 0;
            case EQ -> c == 0;
        };
    }

    private static CriterionStatus status(boolean met) {
        return met ? CriterionStatus.MET : CriterionStatus.NOT_MET;
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
