package com.example.portal.glossary.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import com.example.portal.glossary.GlossaryTermKind;

@Input("GlossaryFilter")
@Description("Which glossary terms to list; every given condition must hold.")
public class GlossaryFilter {

    @Description("Terms of this kind.")
    public GlossaryTermKind kind;

    @Description("Terms whose term or an alias contains this text, ignoring case.")
    public String query;
}
