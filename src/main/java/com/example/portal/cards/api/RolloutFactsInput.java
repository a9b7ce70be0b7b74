package com.example.portal.cards.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("RolloutFactsInput")
@Description("Rollout facts; leave a field out when it is unknown.")
public class RolloutFactsInput {

    @Description("Share of clients who have it, in percent, 0 to 100.")
    public BigDecimal sharePercent;

    @Description("When the rollout started.")
    public LocalDate startDate;

    @Description("Whether a client can switch the feature off.")
    public Boolean clientCanOptOut;
}
