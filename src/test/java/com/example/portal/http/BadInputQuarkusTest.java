package com.example.portal.http;

import static com.example.portal.GraphQLClient.graphql;
import static com.example.portal.NoInternals.assertNoInternals;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.example.portal.GraphQLClient;
import com.example.portal.Operations;
import com.example.portal.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.jwt.build.Jwt;

/**
 * Input a careless or hostile client sends gets a clean answer naming what is wrong, and nothing is stored:
 * text PostgreSQL cannot store, numbers beyond a column or beyond Int, a token without a user name.
 */
@QuarkusTest
class BadInputQuarkusTest {

    static final String CREATE_PRODUCT = Operations.of("CreateProduct");
    static final String PRODUCT = Operations.of("ProductBySlug");

    private static boolean productExists(String slug) {
        return graphql(PRODUCT, "slug", slug).getString("data.product") != null;
    }

    @Test
    void nulInATextIsAUserErrorNamingTheField() {
        JsonPath result = graphql(CREATE_PRODUCT, "input", Map.of("slug", "nul-name", "name", "Call\u0000tracking"));
        assertThat(result.getString("data.createProduct.product")).isNull();
        assertThat(result.getList("data.createProduct.userErrors.field")).containsExactly(List.of("input", "name"));
        assertThat(result.getString("data.createProduct.userErrors[0].code")).isEqualTo("INVALID");
        assertThat(result.getString("data.createProduct.userErrors[0].message"))
                .isEqualTo("Contains the NUL character (U+0000) at position 5, which cannot be stored: remove it.");
        assertThat(productExists("nul-name")).isFalse();
    }

    @Test
    void nulInASlugAndALoneSurrogateInAListItemAreBothNamed() {
        JsonPath result = graphql("""
                mutation($input: CreateFeatureCardInput!) {
                  createFeatureCard(input: $input) { card { id } userErrors { field message code } }
                }""", "input", Map.of("slug", "bad\u0000slug", "title", "T", "summary", "S", "productSlug", "x",
                "tags", List.of("fine", "half \ud83d of an emoji")));
        assertThat(result.getString("data.createFeatureCard.card")).isNull();
        assertThat(result.getList("data.createFeatureCard.userErrors.field"))
                .containsExactlyInAnyOrder(List.of("input", "slug"), List.of("input", "tags", "1"));
        assertThat(result.getList("data.createFeatureCard.userErrors.message", String.class))
                .anyMatch(message -> message.contains("unpaired surrogate (U+D83D) at position 6"));
        // a whole emoji (a surrogate pair) is fine
        JsonPath emoji = graphql(CREATE_PRODUCT, "input", Map.of("slug", "emoji-name", "name", "Звонки \ud83d\udcde"));
        assertThat(emoji.getString("data.createProduct.product.name")).isEqualTo("Звонки \ud83d\udcde");
    }

    @Test
    void nulInAQueryArgumentIsABadRequest() {
        JsonPath result = graphql(PRODUCT, "slug", "a\u0000");
        assertThat(result.getString("errors[0].extensions.code")).isEqualTo("BAD_REQUEST");
        assertThat(result.getString("errors[0].message")).startsWith("Argument 'slug': Contains the NUL character");
    }

    @Test
    void aFigureBeyondItsColumnIsAUserErrorWithTheAllowedRange() {
        String create = """
                mutation($before: BigDecimal!) {
                  createEvidence(input: {slug: "%s", cardSlug: "vacancy-analytics", kind: PILOT, title: "Пилот",
                      conclusion: "Вывод", conductedOn: "2025-01-01",
                      pilot: {metric: "Отклики", before: $before, after: 1e999999999}}) {
                    evidence { id } userErrors { field message code }
                  }
                }""";
        var response = GraphQLClient.ADMIN.request().contentType("application/json").accept("application/json")
                .body("{\"query\": " + io.vertx.core.json.Json.encode(create.formatted("overflow-pilot"))
                        + ", \"variables\": {\"before\": -1e999999999}}")
                .post("/graphql");
        assertNoInternals(response.asString());
        JsonPath result = response.jsonPath();
        assertThat(result.getString("data.createEvidence.evidence")).isNull();
        assertThat(result.getList("data.createEvidence.userErrors.field"))
                .containsExactly(List.of("input", "pilot", "before"), List.of("input", "pilot", "after"));
        assertThat(result.getString("data.createEvidence.userErrors[1].message"))
                .isEqualTo("Must be above -10^14 and below 10^14 (at most 4 decimals are kept); got 1E+999999999.");
        assertThat(graphql("query { evidence(slug: \"overflow-pilot\") { id } }").getString("data.evidence")).isNull();
    }

    @Test
    void aPageSizeFarBeyondIntIsABadRequest() {
        var response = GraphQLClient.ADMIN.post("query($first: Int) { products(first: $first) { totalCount } }",
                "first", 99_999_999_999_999L);
        assertNoInternals(response.asString());
        JsonPath variable = response.jsonPath();
        assertThat(variable.getString("errors[0].extensions.code")).isEqualTo("BAD_REQUEST");
        assertThat(variable.getString("errors[0].message")).contains("from -2147483648 to 2147483647");
        JsonPath literal = graphql("query { products(first: 99999999999999) { totalCount } }");
        assertThat(literal.getString("errors[0].extensions.code")).isEqualTo("BAD_REQUEST");
        assertThat(literal.getString("data")).isNull();
    }

    @Test
    void aTokenWithoutAUserNameIsRefusedWhereTheUserIsRecorded() {
        assertNamelessIsRefused(TestTokens.sign(Jwt.issuer(TestTokens.ISSUER).audience(TestTokens.AUDIENCE)
                .subject("service-account").groups(Set.of("pm")).expiresIn(Duration.ofHours(1))));
        assertNamelessIsRefused(TestTokens.sign(TestTokens.claims("x", "pm").claim("preferred_username", "  ")));
    }

    private static void assertNamelessIsRefused(String token) {
        GraphQLClient nameless = GraphQLClient.withToken(token);
        // reading needs no name
        assertThat(nameless.run("query { products(first: 1) { totalCount } }").getInt("data.products.totalCount")).isPositive();
        JsonPath card = graphql("query { featureCard(slug: \"vacancy-analytics\") { id version } }");
        JsonPath refused = nameless.run("""
                mutation($input: CardStepInput!) { approveCard(input: $input) { card { status } userErrors { code } } }""",
                "input", Map.of("id", card.getString("data.featureCard.id"), "version", card.getInt("data.featureCard.version")));
        assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("FORBIDDEN");
        assertThat(refused.getString("errors[0].message")).contains("carries no user name (claim preferred_username)");
        JsonPath queue = nameless.run("query { cardsToVerify { totalCount } }");
        assertThat(queue.getString("errors[0].extensions.code")).isEqualTo("FORBIDDEN");
    }

    @Test
    void aLiteralOfTheWrongTypeIsShownAsWrittenNotAsJava() {
        var number = GraphQLClient.ADMIN.post("query { products(first: 1.5) { totalCount } }");
        assertNoInternals(number.asString());
        assertThat(number.jsonPath().getString("errors[0].message"))
                .contains("argument 'first' with value '1.5' is not a valid 'Int'").doesNotContain("SRGQL");
        var constant = GraphQLClient.ADMIN.post("query { featureCards(orderBy: {field: TITLE, direction: asc}) { totalCount } }");
        assertNoInternals(constant.asString());
        assertThat(constant.jsonPath().getString("errors[0].message")).contains("with value 'asc'");
        var text = GraphQLClient.ADMIN.post("""
                mutation { createEvidence(input: {slug: "nan", cardSlug: "vacancy-analytics", kind: PILOT, title: "П",
                    conclusion: "В", conductedOn: "2025-01-01", pilot: {metric: "М", before: "NaN", after: 1}}) { evidence { id } } }""");
        assertNoInternals(text.asString());
        assertThat(text.jsonPath().getString("errors[0].message")).contains("with value '\"NaN\"' is not a valid 'BigDecimal'");
    }

    @Test
    void anExplicitNullWhereTheSchemaHasADefaultGetsTheDefault() {
        JsonPath suggestions = graphql("query { suggest(prefix: \"ваканс\", first: null) { slug } }");
        assertThat(suggestions.getList("errors")).isNull();
        assertThat(suggestions.getList("data.suggest")).isNotEmpty().hasSizeLessThanOrEqualTo(8);
        JsonPath gaps = graphql("query { searchGaps(first: null) { query } }");
        assertThat(gaps.getList("errors")).isNull();
        JsonPath search = graphql("query($first: Int) { search(query: \"вакансии\", first: $first) { edges { cursor } } }",
                "first", null);
        assertThat(search.getList("errors")).isNull();
        assertThat(search.getList("data.search.edges")).hasSizeLessThanOrEqualTo(10);
    }

    @Test
    void anEmptyFilterValueInSearchMatchesNothing() {
        for (String filter : List.of("{segmentSlug: \"\"}", "{productSlug: \"\"}", "{tag: \"\"}")) {
            JsonPath result = graphql("query { search(query: \"вакансии\", filter: " + filter + ") { totalCount } }");
            assertThat(result.getList("errors")).as(filter).isNull();
            assertThat(result.getInt("data.search.totalCount")).as(filter).isZero();
        }
    }

    @Test
    void aVariableSmallRyeCannotConvertIsOneCleanError() {
        // a Date with a NUL in a filter object: SmallRye's conversion refuses it, not the text check
        var response = GraphQLClient.ADMIN.post("""
                query($filter: ReleaseNoteFilter) { releaseNotes(filter: $filter) { totalCount } }""",
                "filter", Map.of("since", "2025-01-01\u0000"));
        assertNoInternals(response.asString());
        JsonPath result = response.jsonPath();
        assertThat(result.getList("errors")).hasSize(1);
        assertThat(result.getString("errors[0].message")).startsWith("argument 'filter' with value '…' is not a valid");
        assertThat(result.getString("errors[0].extensions.classification")).isEqualTo("ValidationError");
    }

    @Test
    void aDateOutsideTheYearsKeptIsRefusedByName() {
        JsonPath query = graphql("query { releaseNotes(filter: {since: \"+999999999-12-31\"}) { totalCount } }");
        assertThat(query.getString("errors[0].extensions.code")).isEqualTo("BAD_REQUEST");
        assertThat(query.getString("errors[0].message"))
                .isEqualTo("Argument 'filter.since': A date from 0001-01-01 to 9999-12-31 is expected; got +999999999-12-31.");
        JsonPath mutation = graphql("""
                mutation($input: CreateReleaseNoteInput!) {
                  createReleaseNote(input: $input) { releaseNote { id } userErrors { field message code } }
                }""", "input", Map.of("slug", "far-past-note", "title", "Заметка", "text", "Текст",
                "publishedOn", "-999999999-01-01", "audiences", List.of("SALES")));
        assertThat(mutation.getList("data.createReleaseNote.userErrors.field")).containsExactly(List.of("input", "publishedOn"));
        assertThat(graphql("query { releaseNote(slug: \"far-past-note\") { id } }").getString("data.releaseNote")).isNull();
    }

    @Test
    void aFloatBeyondItsRangeIsABadRequest() {
        var response = GraphQLClient.ADMIN.post(
                "query { pitch(client: {metrics: [{metric: \"Отклики\", value: 1e309}]}) { ranking } }");
        assertNoInternals(response.asString());
        assertThat(response.jsonPath().getString("errors[0].extensions.code")).isEqualTo("BAD_REQUEST");
        assertThat(response.jsonPath().getString("errors[0].message")).contains("a Float a finite number");
    }

    @Test
    void aListWhereAnObjectBelongsIsNamedInJsonTerms() {
        var response = GraphQLClient.ADMIN.post("query($client: ClientProfileInput!) { pitch(client: $client) { ranking } }",
                "client", Map.of("metrics", List.of(List.of(Map.of("metric", "Отклики", "value", 1)))));
        assertNoInternals(response.asString());
        assertThat(response.jsonPath().getString("errors[0].message")).contains("Expected type 'object' but was 'list'");
    }
}
