package com.example.portal.cards.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;

@Description("How a feature reaches clients: to what share, since when, and whether a client can switch it off.")
public record RolloutFacts(
        @Description("Share of clients who have it, in percent (0 to 100); null when unknown.") BigDecimal sharePercent,
        @Description("When the rollout started; null when unknown.") LocalDate startDate,
        @Description("Whether a client can switch the feature off; null when unknown.") Boolean clientCanOptOut) {

    /** Null when every fact is unknown, so clients see no empty object. */
    public static RolloutFacts ofNullable(BigDecimal share, LocalDate start, Boolean optOut) {
        return share == null && start == null && optOut == null ? null : new RolloutFacts(share, start, optOut);
    }
}
