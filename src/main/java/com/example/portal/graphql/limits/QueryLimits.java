package com.example.portal.graphql.limits;

import java.util.ArrayList;
import java.util.List;

import io.smallrye.config.ConfigMapping;

/**
 * The most a GraphQL request may ask for (README "Limits"). Tokens are checked on the raw document before it is
 * parsed ({@code http/GraphQLHttpGuard}); depth, complexity and aliases on the operation about to run, after
 * validation and before any resolver ({@link QueryLimitsInstrumentation}).
 */
@ConfigMapping(prefix = "portal.graphql.limits")
public interface QueryLimits {

    /** Nesting level of the deepest field (a root field is level 1). */
    int depth();

    /** Fields selected, counted each time they are selected. */
    int complexity();

    /** Fields selected under an alias, counted each time they are selected. */
    int aliases();

    /** Names, values and punctuation in the document. */
    int tokens();

    /** Spaces, tabs, line breaks, commas and comments in the document. */
    int whitespaceTokens();

    default List<LimitExceeded> check(DocumentTokens document) {
        List<LimitExceeded> exceeded = new ArrayList<>();
        LimitExceeded.check(Limit.TOKENS, document.tokens(), tokens(), exceeded);
        LimitExceeded.check(Limit.WHITESPACE_TOKENS, document.whitespace(), whitespaceTokens(), exceeded);
        return exceeded;
    }

    default List<LimitExceeded> check(QueryFigures operation) {
        List<LimitExceeded> exceeded = new ArrayList<>();
        LimitExceeded.check(Limit.DEPTH, operation.depth(), depth(), exceeded);
        LimitExceeded.check(Limit.COMPLEXITY, operation.complexity(), complexity(), exceeded);
        LimitExceeded.check(Limit.ALIASES, operation.aliases(), aliases(), exceeded);
        return exceeded;
    }
}
