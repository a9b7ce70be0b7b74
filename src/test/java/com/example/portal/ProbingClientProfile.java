package com.example.portal;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A server of its own for the tests that probe the API as an outside client would (the schema fuzz, the graphql-http
 * audit): its own embedded database and search index, so the odd but valid content the fuzz's accepted mutations
 * store stays there, and introspection on, because graphql-http's audits send {@code __type} queries (production
 * keeps it off: ProfileConfigTest). One profile for both, so Quarkus restarts once for them.
 */
public class ProbingClientProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("%test.portal.embedded-postgres.data-dir", "target/embedded-pg/probing",
                "%test.portal.search.dir", "target/search-index/probing",
                "quarkus.smallrye-graphql.field-visibility", "default");
    }
}
