package com.example.portal.search;

import org.eclipse.microprofile.graphql.Description;

@Description("What kind of object a search hit is.")
public enum SearchType {
    @Description("A feature card.")
    CARD,
    @Description("An audience segment.")
    SEGMENT,
    @Description("A glossary term or metric.")
    GLOSSARY,
    @Description("A release note.")
    RELEASE
}
