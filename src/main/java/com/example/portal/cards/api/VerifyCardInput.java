package com.example.portal.cards.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("VerifyCardInput")
@Description("Confirms that a card is still true today.")
public class VerifyCardInput {

    @Id
    @NonNull
    @Description("Global id of the card.")
    public String id;

    @NonNull
    @Description("The version last read.")
    public int version;

    @Description("A new verification interval in days, 1 to 3650; unchanged when left out.")
    public Integer verifyEveryDays;

    @Description("What was checked, for the history, at most 2000 characters.")
    public String comment;
}
