package com.example.portal.glossary.api;

import org.eclipse.microprofile.graphql.Description;

@Description("What glossary terms can be ordered by.")
public enum GlossaryTermOrderField {
    @Description("By the term, ignoring case.")
    TERM,
    @Description("By creation time.")
    CREATED_AT,
    @Description("By last change.")
    UPDATED_AT
}
