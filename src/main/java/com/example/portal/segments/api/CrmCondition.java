package com.example.portal.segments.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.segments.CrmOperator;

@Description("One condition of a CRM company-list filter that selects a segment's clients: a company field, how it is "
        + "compared and with what. Every condition must hold (AND). Field keys: employees (number of employees), "
        + "industry (industry key), products (slugs of the products the company has, a multi-value field), "
        + "metric.<key> (the client metric of that key, e.g. metric.missed_call_share).")
public record CrmCondition(
        @NonNull @Description("The company field in the CRM, e.g. \"employees\", \"industry\", \"products\", \"metric.missed_call_share\".") String field,
        @NonNull @Description("The field's Russian name, as a CRM list filter would be labelled, e.g. «Число сотрудников».") String label,
        @NonNull @Description("How the field is compared.") CrmOperator operator,
        @NonNull @Description("The values compared with: one number for GTE, LTE, GT, LT and EQ, one or more keys or slugs otherwise.") List<@NonNull String> values) {
}
