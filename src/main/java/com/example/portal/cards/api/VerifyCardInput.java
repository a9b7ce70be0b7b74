package com.example.portal.cards.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import com.example.portal.graphql.VersionedInput;

@Input("VerifyCardInput")
@Description("Confirms that a card is still true today.")
public class VerifyCardInput extends VersionedInput {

    @Description("A new verification interval in days, 1 to 3650; unchanged when left out.")
    public Integer verifyEveryDays;

    @Description("What was checked, for the history, at most 2000 characters.")
    public String comment;
}
