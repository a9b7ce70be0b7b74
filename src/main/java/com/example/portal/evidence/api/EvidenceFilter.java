package com.example.portal.evidence.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import com.example.portal.evidence.EvidenceKind;

@Input("EvidenceFilter")
@Description("Which evidence to list; every given condition must hold.")
public class EvidenceFilter {

    @Description("Evidence about this card (slug).")
    public String cardSlug;

    @Description("Evidence of this kind.")
    public EvidenceKind kind;
}
