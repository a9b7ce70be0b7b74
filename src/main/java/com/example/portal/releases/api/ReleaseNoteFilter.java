package com.example.portal.releases.api;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import com.example.portal.releases.Audience;

@Input("ReleaseNoteFilter")
@Description("Which release notes to list; every given condition must hold.")
public class ReleaseNoteFilter {

    @Description("Notes about this card (slug).")
    public String cardSlug;

    @Description("Notes written for this audience.")
    public Audience audience;

    @Description("Notes published on or after this date.")
    public LocalDate since;
}
