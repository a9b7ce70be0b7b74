package com.example.portal.pitch;

import static com.example.portal.GraphQLClient.graphql;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class QualifyAccountsApiQuarkusTest {

    private static final String QUALIFY = """
            query($input: QualifyAccountsInput!) {
              qualifyAccounts(input: $input) {
                accounts { row account matches { card { slug } fit bestSegment { segment { slug } status } } }
                problems { row column message }
              }
            }""";

    @Test
    void matchesEachAccountAndReportsBadRowsWithoutStoppingTheGoodOnes() {
        String csv = """
                account,employees,industry,products_owned,missed_call_share,open_vacancies
                Сеть магазинов,800,retail,vacancies,35,45
                Уже с колл-трекингом,800,retail,vacancies;call-tracking,35,45
                Холдинг,1500,retail,vacancies;crm-integration,40,60
                Опечатка,800,retail,vacancy,35,45
                """;
        JsonPath result = graphql(QUALIFY, "input", Map.of("format", "CSV", "data", csv));
        assertThat(result.getList("errors")).isNull();
        assertThat(result.getList("data.qualifyAccounts.accounts.account"))
                .containsExactly("Сеть магазинов", "Уже с колл-трекингом", "Холдинг");
        assertThat(cards(result, 0)).contains("call-tracking-employers");
        assertThat(cards(result, 1)).doesNotContain("call-tracking-employers");
        assertThat(cards(result, 2)).doesNotContain("call-tracking-employers");
        assertThat(result.getInt("data.qualifyAccounts.problems[0].row")).isEqualTo(5);
        assertThat(result.getString("data.qualifyAccounts.problems[0].column")).isEqualTo("products_owned");
        assertThat(result.getString("data.qualifyAccounts.problems[0].message")).contains("vacancy");
    }

    @Test
    void acceptsJsonToo() {
        JsonPath result = graphql(QUALIFY, "input", Map.of("format", "JSON", "data", """
                [{"account": "Сеть магазинов", "employees": 800, "industry": "retail", "productsOwned": ["vacancies"],
                  "metrics": {"missed_call_share": 35, "open_vacancies": 45}}]"""));
        assertThat(cards(result, 0)).contains("call-tracking-employers");
    }

    @Test
    void aListOverTheLimitIsRefusedAsAClientError() {
        StringBuilder csv = new StringBuilder("account\n");
        for (int i = 0; i < 5001; i++) {
            csv.append('a').append(i).append('\n');
        }
        JsonPath result = graphql(QUALIFY, "input", Map.of("format", "CSV", "data", csv.toString()));
        assertThat(result.getString("errors[0].message")).contains("at most 5000");
        assertThat(result.getString("errors[0].extensions.code")).isEqualTo("BAD_REQUEST");
    }

    private static List<String> cards(JsonPath result, int account) {
        return result.getList("data.qualifyAccounts.accounts[" + account + "].matches.card.slug");
    }
}
