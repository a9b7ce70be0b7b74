package com.example.portal.graphql.limits;

/** Each limit with the stable {@code extensions.code} of its error and how the error explains it. */
public enum Limit {
    DEPTH("depth", "QUERY_TOO_DEEP", "The query nests fields %d levels deep; at most %d levels are allowed."),
    COMPLEXITY("complexity", "QUERY_TOO_COMPLEX", "The query's complexity is %d (one per field selected, counted again "
            + "wherever it is selected again, e.g. through a fragment spread twice); at most %d is allowed."),
    ALIASES("aliases", "TOO_MANY_ALIASES", "The query selects %d fields under an alias; at most %d are allowed."),
    TOKENS("tokens", "TOO_MANY_TOKENS", "The document has %d tokens (names, values and punctuation); at most %d are allowed."),
    WHITESPACE_TOKENS("whitespaceTokens", "TOO_MANY_TOKENS", "The document has %d whitespace tokens (spaces, tabs, line "
            + "breaks, commas and comments); at most %d are allowed.");

    private final String key;
    private final String code;
    private final String message;

    Limit(String key, String code, String message) {
        this.key = key;
        this.code = code;
        this.message = message;
    }

    /** The limit's name in {@code extensions.limit} and, in kebab case, in the portal.graphql.limits.* property. */
    public String key() {
        return key;
    }

    public String code() {
        return code;
    }

    String message(int value, int maximum) {
        return message.formatted(value, maximum);
    }
}
