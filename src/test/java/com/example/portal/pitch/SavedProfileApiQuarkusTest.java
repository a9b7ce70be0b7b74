package com.example.portal.pitch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.example.portal.GraphQLClient;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Client profiles saved under a name: each user sees, replaces and deletes only their own. */
@QuarkusTest
class SavedProfileApiQuarkusTest {

    private static final String SAVE = """
            mutation($input: SaveClientProfileInput!) {
              saveClientProfile(input: $input) {
                savedProfile { id name employees industry productsOwned metrics { metric value } version }
                userErrors { field message code }
              }
            }""";
    private static final String LIST = """
            { savedClientProfiles(first: 100) { totalCount edges { node { id name employees productsOwned metrics { metric value } } } } }""";
    private static final String DELETE = """
            mutation($input: DeleteInput!) { deleteClientProfile(input: $input) { deletedId userErrors { field message code } } }""";

    private static Map<String, Object> input(String name, Map<String, Object> profile) {
        return Map.of("name", name, "profile", profile);
    }

    @Test
    void aSavedProfileComesBackWithEverythingItSaidAndUnknownsLeftUnknown() {
        GraphQLClient anna = GraphQLClient.as("anna.saved", "sales");
        JsonPath saved = anna.run(SAVE, "input", input("  ООО «Ромашка»  ", Map.of("employees", 800, "industry", "retail",
                "metrics", List.of(Map.of("metric", "monthly_responses", "value", 250.5)))));
        assertThat(saved.getList("data.saveClientProfile.userErrors")).isEmpty();
        assertThat(saved.getString("data.saveClientProfile.savedProfile.name")).isEqualTo("ООО «Ромашка»");
        // Products were not given: unknown, not "none".
        assertThat(saved.getList("data.saveClientProfile.savedProfile.productsOwned")).isNull();

        JsonPath list = anna.run(LIST);
        assertThat(list.getList("data.savedClientProfiles.edges.node.name")).containsExactly("ООО «Ромашка»");
        assertThat(list.getInt("data.savedClientProfiles.edges[0].node.employees")).isEqualTo(800);
        assertThat(list.getFloat("data.savedClientProfiles.edges[0].node.metrics[0].value")).isEqualTo(250.5f);

        // The same name again replaces the profile rather than adding one.
        JsonPath again = anna.run(SAVE, "input", input("ООО «Ромашка»", Map.of("productsOwned", List.of())));
        assertThat(again.getList("data.saveClientProfile.userErrors")).isEmpty();
        assertThat(again.getList("data.saveClientProfile.savedProfile.productsOwned")).isEmpty();
        assertThat(again.getString("data.saveClientProfile.savedProfile.employees")).isNull();
        assertThat(anna.run(LIST).getInt("data.savedClientProfiles.totalCount")).isEqualTo(1);
    }

    @Test
    void eachUserSeesAndDeletesOnlyTheirOwn() {
        GraphQLClient boris = GraphQLClient.as("boris.saved", "sales");
        GraphQLClient vera = GraphQLClient.as("vera.saved", "marketing");
        JsonPath saved = boris.run(SAVE, "input", input("Клиент Бориса", Map.of("employees", 40)));
        String id = saved.getString("data.saveClientProfile.savedProfile.id");
        int version = saved.getInt("data.saveClientProfile.savedProfile.version");
        vera.run(SAVE, "input", input("Клиент Веры", Map.of("employees", 7)));

        assertThat(boris.run(LIST).getList("data.savedClientProfiles.edges.node.name")).containsExactly("Клиент Бориса");
        assertThat(vera.run(LIST).getList("data.savedClientProfiles.edges.node.name")).containsExactly("Клиент Веры");

        // Vera cannot delete Boris's profile: to her it does not exist.
        JsonPath refused = vera.run(DELETE, "input", Map.of("id", id, "version", version));
        assertThat(refused.getString("data.deleteClientProfile.deletedId")).isNull();
        assertThat(refused.getString("data.deleteClientProfile.userErrors[0].code")).isEqualTo("NOT_FOUND");
        assertThat(boris.run(LIST).getInt("data.savedClientProfiles.totalCount")).isEqualTo(1);

        JsonPath deleted = boris.run(DELETE, "input", Map.of("id", id, "version", version));
        assertThat(deleted.getString("data.deleteClientProfile.deletedId")).isEqualTo(id);
        assertThat(boris.run(LIST).getInt("data.savedClientProfiles.totalCount")).isZero();
        assertThat(vera.run(LIST).getInt("data.savedClientProfiles.totalCount")).isEqualTo(1);
    }

    @Test
    void aBadProfileIsRefusedFieldByFieldAndNothingIsSaved() {
        GraphQLClient gleb = GraphQLClient.as("gleb.saved", "pm");
        JsonPath refused = gleb.run(SAVE, "input", input(" ", Map.of("employees", -3, "productsOwned", List.of("no-such-product"),
                "metrics", List.of(Map.of("metric", "Bad Key", "value", 1)))));
        assertThat(refused.getString("data.saveClientProfile.savedProfile")).isNull();
        List<Map<String, Object>> errors = refused.getList("data.saveClientProfile.userErrors");
        assertThat(errors).extracting(e -> e.get("field")).containsExactlyInAnyOrder(List.of("input", "name"),
                List.of("input", "profile", "employees"), List.of("input", "profile", "productsOwned"),
                List.of("input", "profile", "metrics"));
        assertThat(errors).extracting(e -> (String) e.get("message")).anySatisfy(m -> assertThat(m).contains("no-such-product"));
        assertThat(gleb.run(LIST).getInt("data.savedClientProfiles.totalCount")).isZero();
    }

    @Test
    void withoutATokenNothingIsListedOrSaved() {
        var response = GraphQLClient.withToken(null).post(LIST);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.jsonPath().getString("errors[0].extensions.code")).isEqualTo("UNAUTHENTICATED");
    }
}
