package com.example.portal.glossary;

import org.eclipse.microprofile.graphql.Description;

@Description("Whether a glossary entry is a plain term or a metric with an agreed formula.")
public enum GlossaryTermKind {
    @Description("A word explained in plain language.")
    TERM,
    @Description("A metric with a formula and an owner team, so sales and marketing share one definition.")
    METRIC
}
