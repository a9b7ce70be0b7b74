package com.example.portal.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.example.portal.GraphQLClient;
import com.example.portal.Operations;
import com.example.portal.TestCards;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Owners keep published cards true: a verification interval, and a flag when evidence or segments change after it. */
@QuarkusTest
class CardVerificationQuarkusTest {

    static final GraphQLClient OWNER = GraphQLClient.as("pm.owner", "pm");

    static final String VERIFICATION = """
            query($slug: String) {
              featureCard(slug: $slug) { id version verification { lastVerifiedAt lastVerifiedBy everyDays dueAt needed reasons } }
            }""";

    static final String TO_VERIFY = """
            query($owner: String) { cardsToVerify(owner: $owner) { totalCount edges { node { slug verification { reasons } } } } }""";

    static final String VERIFY = """
            mutation($input: VerifyCardInput!) {
              verifyCard(input: $input) { card { version } userErrors { field message code } }
            }""";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aFreshlyPublishedCardIsVerifiedUntilItsIntervalEnds() {
        publishedCard("ver-fresh");
        JsonPath v = OWNER.run(VERIFICATION, "slug", "ver-fresh");
        assertThat(v.getBoolean("data.featureCard.verification.needed")).isFalse();
        assertThat(v.getInt("data.featureCard.verification.everyDays")).isEqualTo(90);
        OffsetDateTime verified = OffsetDateTime.parse(v.getString("data.featureCard.verification.lastVerifiedAt"));
        assertThat(OffsetDateTime.parse(v.getString("data.featureCard.verification.dueAt"))).isEqualTo(verified.plusDays(90));
        assertThat(slugsToVerify()).doesNotContain("ver-fresh");
    }

    @Test
    void newEvidenceFlagsTheCardUntilItsOwnerVerifiesItAgain() {
        publishedCard("ver-evidence");
        JsonPath evidence = GraphQLClient.ADMIN.run(Operations.of("CreateEvidence"),
                "input", Map.of("slug", "ver-evidence-survey", "cardSlug", "ver-evidence", "kind", "SURVEY",
                        "title", "Опрос", "conductedOn", "2026-05-01", "conclusion", "Клиенты довольны.",
                        "survey", Map.of("respondents", 100, "satisfied", 90)));
        assertThat(evidence.getList("data.createEvidence.userErrors")).isEmpty();

        assertThat(reasons("ver-evidence")).containsExactly("EVIDENCE_CHANGED");
        assertThat(slugsToVerify()).contains("ver-evidence");

        JsonPath verified = OWNER.run(VERIFY, "input", Map.of("id", id("ver-evidence"), "version", version("ver-evidence"),
                "verifyEveryDays", 30, "comment", "Проверил цифры опроса"));
        assertThat(verified.getList("data.verifyCard.userErrors")).isEmpty();
        JsonPath v = OWNER.run(VERIFICATION, "slug", "ver-evidence");
        assertThat(v.getBoolean("data.featureCard.verification.needed")).isFalse();
        assertThat(v.getString("data.featureCard.verification.lastVerifiedBy")).isEqualTo("pm.owner");
        assertThat(v.getInt("data.featureCard.verification.everyDays")).isEqualTo(30);
        assertThat(slugsToVerify()).doesNotContain("ver-evidence");
    }

    @Test
    void aChangedTargetSegmentFlagsTheCard() {
        JsonPath segment = GraphQLClient.ADMIN.run("""
                mutation($input: CreateSegmentInput!) { createSegment(input: $input) { segment { id version } userErrors { code } } }""",
                "input", Map.of("slug", "ver-segment", "name", "Малые компании", "criteria", Map.of("sizeMin", 1)));
        assertThat(segment.getList("data.createSegment.userErrors")).isEmpty();
        publishedCard("ver-segmented", Map.of("targetSegmentSlugs", List.of("ver-segment")));
        assertThat(reasons("ver-segmented")).isEmpty();

        JsonPath changed = GraphQLClient.ADMIN.run("""
                mutation($input: UpdateSegmentInput!) { updateSegment(input: $input) { userErrors { code } } }""",
                "input", Map.of("id", segment.getString("data.createSegment.segment.id"),
                        "version", segment.getInt("data.createSegment.segment.version"),
                        "criteria", Map.of("sizeMin", 50)));
        assertThat(changed.getList("data.updateSegment.userErrors")).isEmpty();
        assertThat(reasons("ver-segmented")).containsExactly("SEGMENTS_CHANGED");
    }

    @Test
    void aCardPastItsIntervalIsOverdue() throws SQLException {
        publishedCard("ver-overdue");
        // Time passing, a hundred days of it: the one thing the API cannot do.
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "update feature_card set last_verified_at = now() - interval '100 days' where slug = 'ver-overdue'")) {
            s.executeUpdate();
        }
        assertThat(reasons("ver-overdue")).containsExactly("OVERDUE");
        assertThat(slugsToVerify()).contains("ver-overdue");
        assertThat(GraphQLClient.as("pm.someone-else", "pm").run(TO_VERIFY).getList("data.cardsToVerify.edges.node.slug"))
                .doesNotContain("ver-overdue");
    }

    @Test
    void aBadIntervalIsRefusedAndChangesNothing() {
        publishedCard("ver-bad-interval");
        int version = version("ver-bad-interval");
        JsonPath refused = OWNER.run(VERIFY, "input", Map.of("id", id("ver-bad-interval"), "version", version, "verifyEveryDays", 0));
        assertThat(refused.getList("data.verifyCard.userErrors.code")).containsExactly("INVALID");
        assertThat(refused.getList("data.verifyCard.userErrors[0].field")).containsExactly("input", "verifyEveryDays");
        assertThat(refused.getString("data.verifyCard.userErrors[0].message")).contains("between 1 and 3650");
        assertThat(version("ver-bad-interval")).isEqualTo(version);
    }

    private static void publishedCard(String slug) {
        publishedCard(slug, Map.of());
    }

    private static void publishedCard(String slug, Map<String, Object> more) {
        Map<String, Object> input = new HashMap<>(more);
        input.put("owner", "pm.owner");
        TestCards.publish(TestCards.createCard("ver-product", slug, input));
    }

    private static List<Object> reasons(String slug) {
        return OWNER.run(VERIFICATION, "slug", slug).getList("data.featureCard.verification.reasons");
    }

    private static List<String> slugsToVerify() {
        return OWNER.run(TO_VERIFY).getList("data.cardsToVerify.edges.node.slug");
    }

    private static String id(String slug) {
        return OWNER.run(VERIFICATION, "slug", slug).getString("data.featureCard.id");
    }

    private static int version(String slug) {
        return OWNER.run(VERIFICATION, "slug", slug).getInt("data.featureCard.version");
    }
}
