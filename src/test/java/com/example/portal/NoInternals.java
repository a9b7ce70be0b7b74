package com.example.portal;

import static org.assertj.core.api.Assertions.assertThat;

/** What no answer meant for a client may contain; used by every test of bad requests and server faults. */
public final class NoInternals {

    private NoInternals() {
    }

    /**
     * No stack trace, exception text, Java class name (qualified, or the Java type of a JSON value), SQL or SmallRye
     * log code, nor graphql-java's syntax tree ({@code FloatValue{value=1.5}}), in a response meant for a client.
     */
    public static void assertNoInternals(String body) {
        // "DataFetchingException", "ValidationError": graphql-java's error classifications, not Java classes leaked
        // "type 'BigDecimal!'", "a valid 'BigInteger'": the schema's scalars, not the Java types of values
        String checked = body.replaceAll("\"classification\":\"[A-Za-z]+\"", "")
                .replaceAll("(type|valid) 'Big(Decimal|Integer)!?'", "");
        assertThat(checked).doesNotContainPattern("\\b(java|javax|jakarta|com|org|io|graphql|sun)\\.[a-z]+")
                .doesNotContainPattern("(?i)\\b(select|insert into|update|delete from)\\s+[a-z_\"]+\\s")
                .doesNotContainPattern("\\b[A-Z][A-Za-z]*(Exception|Error)\\b")
                .doesNotContainPattern("\\b(Int|Float|String|Boolean|Enum|Null|Object|Array)Value\\{")
                .doesNotContain("Exception", "\tat ", "\\tat ", "SQL", "relation \"", "Hibernate", "SRGQL", "\"stack\"",
                        "HashMap", "ArrayList", "BigDecimal", "BigInteger", "java", "Caused by");
    }
}
