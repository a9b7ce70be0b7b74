package com.example.portal.graphql.limits;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.smallrye.config.SmallRyeConfig;

/**
 * What application.properties gives each profile, resolved with SmallRye Config as Quarkus resolves it: production
 * has no introspection, no schema file and no GraphQL UI; dev has all three; test has production's introspection
 * and UI settings (so IntrospectionAndUiQuarkusTest sees production's behaviour) and the schema file. The production jar
 * is built with the prod profile, so the build-time schema-available=false applies to it too.
 */
class ProfileConfigTest {

    private static String value(SmallRyeConfig config, String name) {
        return config.getOptionalValue(name, String.class).orElse("(Quarkus default)");
    }

    private static void assertProfile(String profile, String fieldVisibility, String schemaAvailable, String uiEnabled) {
        SmallRyeConfig config = ApplicationConfig.forProfile(profile);
        assertThat(value(config, "quarkus.smallrye-graphql.field-visibility")).as(profile).isEqualTo(fieldVisibility);
        assertThat(value(config, "quarkus.smallrye-graphql.schema-available")).as(profile).isEqualTo(schemaAvailable);
        assertThat(value(config, "quarkus.smallrye-graphql.ui.enabled")).as(profile).isEqualTo(uiEnabled);
        assertThat(value(config, "quarkus.smallrye-graphql.ui.always-include")).as(profile).isEqualTo("false");
    }

    @Test
    void productionHasNoIntrospectionSchemaFileOrUi() {
        assertProfile("prod", "no-introspection", "false", "false");
        // an unknown profile (e.g. a staging one) gets production's settings
        assertProfile("staging", "no-introspection", "false", "false");
    }

    @Test
    void devHasThemAll() {
        assertProfile("dev", "default", "true", "true");
    }

    @Test
    void testHasProductionsIntrospectionAndUiAndTheSchemaFile() {
        assertProfile("test", "no-introspection", "true", "false");
    }

    @Test
    void theLimitsAreTheSameInEveryProfile() {
        QueryLimits prod = ApplicationConfig.limits("prod");
        for (String profile : new String[] {"dev", "test"}) {
            QueryLimits other = ApplicationConfig.limits(profile);
            assertThat(new int[] {other.depth(), other.complexity(), other.aliases(), other.tokens(), other.whitespaceTokens()})
                    .as(profile)
                    .containsExactly(prod.depth(), prod.complexity(), prod.aliases(), prod.tokens(), prod.whitespaceTokens());
        }
    }
}
