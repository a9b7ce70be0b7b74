package com.example.portal.glossary;

import static com.example.portal.GraphQLClient.graphql;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.example.portal.Operations;

import io.restassured.path.json.JsonPath;

/**
 * GraphQL operations the glossary tests share. The test profile imports the sample content, so tests create their
 * own terms with slugs starting "test-gl-" and never change sample terms.
 */
final class GlossaryFixtures {

    static final String CREATE = Operations.of("CreateGlossaryTerm");
    static final String UPDATE = Operations.of("UpdateGlossaryTerm");
    static final String DELETE = Operations.of("DeleteGlossaryTerm");
    static final String BY_SLUG = Operations.of("GlossaryTermBySlug");

    private GlossaryFixtures() {
    }

    /** Creates a term that must be valid; the response has it at "data.createGlossaryTerm.term". */
    static JsonPath create(Map<String, Object> input) {
        JsonPath created = graphql(CREATE, "input", input);
        assertThat(created.getList("data.createGlossaryTerm.userErrors")).isEmpty();
        return created;
    }

    /** The response has the term at "data.glossaryTerm". */
    static JsonPath bySlug(String slug) {
        return graphql(BY_SLUG, "slug", slug);
    }
}
