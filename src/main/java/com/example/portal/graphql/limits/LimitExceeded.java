package com.example.portal.graphql.limits;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;

/** A request over one limit: the error says which limit, the request's value and the maximum. */
public record LimitExceeded(Limit limit, int value, int maximum) {

    static void check(Limit limit, int value, int maximum, List<LimitExceeded> exceeded) {
        if (value > maximum) {
            exceeded.add(new LimitExceeded(limit, value, maximum));
        }
    }

    public String message() {
        return limit.message(value, maximum);
    }

    /** {@code code}, {@code limit}, {@code value}, {@code maximum}. */
    public Map<String, Object> extensions() {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", limit.code());
        extensions.put("limit", limit.key());
        extensions.put("value", value);
        extensions.put("maximum", maximum);
        return extensions;
    }

    GraphQLError toGraphQLError() {
        // message(...) formats its argument: the message holds no '%' of its own
        return GraphqlErrorBuilder.newError().message(message()).errorType(ErrorType.ExecutionAborted)
                .extensions(extensions()).build();
    }
}
