package com.example.portal.segments;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.example.portal.segments.api.CrmCondition;

/**
 * A segment's criteria as the conditions of a CRM company-list filter (all must hold): size as two bounds on
 * "employees", industries as "industry" IN, products as HAS_ALL / HAS_NONE on the multi-value "products", each metric
 * condition on "metric.<key>". Plain Java, so the mapping the docs state is unit-tested as written.
 */
public final class CrmFilter {

    private CrmFilter() {
    }

    public static List<CrmCondition> conditions(Integer sizeMin, Integer sizeMax, List<String> industries,
            List<String> ownedSlugs, List<String> notOwnedSlugs, List<MetricRule> metrics) {
        List<CrmCondition> conditions = new ArrayList<>();
        if (sizeMin != null) {
            conditions.add(new CrmCondition("employees", "Число сотрудников", CrmOperator.GTE, List.of(sizeMin.toString())));
        }
        if (sizeMax != null) {
            conditions.add(new CrmCondition("employees", "Число сотрудников", CrmOperator.LTE, List.of(sizeMax.toString())));
        }
        if (!industries.isEmpty()) {
            conditions.add(new CrmCondition("industry", "Отрасль", CrmOperator.IN, List.copyOf(industries)));
        }
        if (!ownedSlugs.isEmpty()) {
            conditions.add(new CrmCondition("products", "Продукты клиента", CrmOperator.HAS_ALL, List.copyOf(ownedSlugs)));
        }
        if (!notOwnedSlugs.isEmpty()) {
            conditions.add(new CrmCondition("products", "Продукты клиента", CrmOperator.HAS_NONE, List.copyOf(notOwnedSlugs)));
        }
        for (MetricRule rule : metrics) {
            // An unknown key is shown as it is, as the criteria sentence shows it.
            String label = Vocabulary.metrics().containsKey(rule.metric())
                    ? capitalized(Vocabulary.metric(rule.metric()).name()) : rule.metric();
            conditions.add(new CrmCondition("metric." + rule.metric(), label, operator(rule.operator()),
                    List.of(plain(rule.threshold()))));
        }
        return conditions;
    }

    private static CrmOperator operator(ComparisonOperator operator) {
        return switch (operator) {
            case GT -> CrmOperator.GT;
            case GTE -> CrmOperator.GTE;
            case LT -> CrmOperator.LT;
            case LTE -> CrmOperator.LTE;
            case EQ -> CrmOperator.EQ;
        };
    }

    /** 20 rather than 20.0 or 2E+1: the number as a person would type it into a CRM filter. */
    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String capitalized(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
