package com.example.portal.cards.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A client's objection with the honest answer to give.")
public record Objection(
        @NonNull @Description("What the client says, e.g. \"Можно ли это отключить?\".") String objection,
        @NonNull @Description("The answer a sales rep can give.") String answer) {
}
