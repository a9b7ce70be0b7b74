package com.example.portal.segments;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Renders formal segment criteria as one plain Russian sentence a marketer or sales rep can read aloud, e.g.
 * «Компании от 10 сотрудников, у которых есть продукт «Вакансии», нет продукта «Колл-трекинг» и доля пропущенных
 * звонков больше 20%». Product names stay in quotes in the nominative after «продукт», so no declension is guessed.
 */
public final class CriteriaSentence {

    private CriteriaSentence() {
    }

    public static String render(Integer sizeMin, Integer sizeMax, List<String> industries, List<String> ownedProductNames,
            List<String> notOwnedProductNames, List<MetricRule> conditions) {
        StringBuilder sentence = new StringBuilder("Компании");
        String size = size(sizeMin, sizeMax);
        if (!size.isEmpty()) {
            sentence.append(' ').append(size);
        }
        if (!industries.isEmpty()) {
            sentence.append(" из отраслей: ").append(industries.stream().map(Vocabulary::industry).collect(Collectors.joining(", ")));
        }
        List<String> clauses = new ArrayList<>();
        if (!ownedProductNames.isEmpty()) {
            clauses.add((ownedProductNames.size() == 1 ? "есть продукт " : "есть продукты ") + quoted(ownedProductNames));
        }
        if (!notOwnedProductNames.isEmpty()) {
            clauses.add((notOwnedProductNames.size() == 1 ? "нет продукта " : "нет продуктов ") + quoted(notOwnedProductNames));
        }
        conditions.forEach(c -> clauses.add(condition(c.metric(), c.operator(), c.threshold())));
        if (!clauses.isEmpty()) {
            sentence.append(", у которых ").append(joinRussian(clauses));
        }
        if (size.isEmpty() && industries.isEmpty() && clauses.isEmpty()) {
            sentence.append(" любого размера из любых отраслей");
        }
        return sentence.toString();
    }

    /** «от 10 до 250 сотрудников», «от 1 сотрудника», «до 50 сотрудников». */
    public static String size(Integer min, Integer max) {
        if (min == null && max == null) {
            return "";
        }
        if (min != null && max != null) {
            return "от " + min + " до " + max + " " + employees(max);
        }
        return min != null ? "от " + min + " " + employees(min) : "до " + max + " " + employees(max);
    }

    /** «доля пропущенных звонков больше 20%». */
    public static String condition(String metric, ComparisonOperator operator, BigDecimal threshold) {
        Vocabulary.Metric m = Vocabulary.metric(metric);
        return m.name() + " " + operatorWords(operator) + " " + number(threshold) + m.unit();
    }

    public static String operatorWords(ComparisonOperator operator) {
        return switch (operator) {
            case GT -> "больше";
            case GTE -> "не меньше";
            case LT -> "меньше";
            case LTE -> "не больше";
            case EQ -> "ровно";
        };
    }

    /** Russian number format: decimal comma, no trailing zeros. */
    public static String number(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("ru")));
        return format.format(value);
    }

    // After "от"/"до" Russian takes the genitive: singular for numbers ending in 1 (but not 11), plural otherwise.
    private static String employees(int n) {
        return n % 10 == 1 && n % 100 != 11 ? "сотрудника" : "сотрудников";
    }

    private static String quoted(List<String> names) {
        return joinRussian(names.stream().map(n -> "«" + n + "»").toList());
    }

    private static String joinRussian(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " и " + parts.get(parts.size() - 1);
    }
}
