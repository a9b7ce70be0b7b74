package com.example.portal.evidence.api;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;

/**
 * What creating and updating a piece of evidence both take, with one description each: the card, the text and the
 * figures. CreateEvidenceInput adds the slug and UpdateEvidenceInput the id and version; null means "not given" (on
 * update: stays as it is).
 */
public abstract class EvidenceInputFields extends EvidenceFigures {

    @Description("Slug of the card the evidence is about.")
    public String cardSlug;

    @Description("Title, at most 200 characters.")
    public String title;

    @Description("When it was conducted; not in the future.")
    public LocalDate conductedOn;

    @Description("What it means, in plain language, at most 5000 characters.")
    public String conclusion;
}
