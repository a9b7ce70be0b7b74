package com.example.portal.glossary;

import static com.example.portal.GraphQLClient.graphql;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.restassured.path.json.JsonPath;

/**
 * GraphQL operations the glossary tests share. The test profile imports the sample content, so tests create their
 * own terms with slugs starting "test-gl-" and never change sample terms.
 */
final class GlossaryFixtures {

    static final String TERM_FIELDS = "id slug term aliases definition kind formula ownerTeam discouraged version createdAt updatedAt";

    static final String CREATE = """
            mutation($input: CreateGlossaryTermInput!) {
              createGlossaryTerm(input: $input) { term { %s } userErrors { field message code } }
            }""".formatted(TERM_FIELDS);

    static final String UPDATE = """
            mutation($input: UpdateGlossaryTermInput!) {
              updateGlossaryTerm(input: $input) { term { %s } userErrors { field message code } }
            }""".formatted(TERM_FIELDS);

    static final String DELETE = """
            mutation($input: DeleteInput!) { deleteGlossaryTerm(input: $input) { deletedId userErrors { field message code } } }""";

    static final String BY_SLUG = """
            query($slug: String) { glossaryTerm(slug: $slug) { %s } }""".formatted(TERM_FIELDS);

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
