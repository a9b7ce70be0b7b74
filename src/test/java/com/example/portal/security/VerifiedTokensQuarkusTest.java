package com.example.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import com.example.portal.GraphQLClient;
import com.example.portal.TestTokens;
import com.example.portal.operations.Metrics;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A verified token is kept (VerifiedTokenCache) and the next request with it skips the check, but never past the
 * token's expiry, never for a token that differs in a byte, and with the roles of that token only.
 */
@QuarkusTest
class VerifiedTokensQuarkusTest {

    static final String VIEWER = "query { viewer { name roles } }";

    @Test
    void theSecondRequestWithATokenIsAnsweredFromTheCache() {
        Metrics before = Metrics.scrape();
        String token = TestTokens.token("cached.sales", "sales");
        assertThat(GraphQLClient.withToken(token).run(VIEWER).getList("data.viewer.roles")).containsExactly("SALES");
        assertThat(GraphQLClient.withToken(token).run(VIEWER).getList("data.viewer.roles")).containsExactly("SALES");
        Metrics after = Metrics.scrape();
        // The token's first request misses and its second hits; the second scrape's own token hits too.
        assertThat(after.valueOrZero("cache_gets_total", "cache", "verified-tokens", "result", "miss")
                - before.valueOrZero("cache_gets_total", "cache", "verified-tokens", "result", "miss")).isEqualTo(1);
        assertThat(after.valueOrZero("cache_gets_total", "cache", "verified-tokens", "result", "hit")
                - before.valueOrZero("cache_gets_total", "cache", "verified-tokens", "result", "hit")).isEqualTo(2);
    }

    @Test
    void aKeptTokenIsRefusedOnceItExpires() throws InterruptedException {
        long now = Instant.now().getEpochSecond();
        String shortLived = TestTokens.sign(TestTokens.claims("brief.sales", "sales").issuedAt(now).expiresAt(now + 3));
        assertThat(GraphQLClient.withToken(shortLived).run(VIEWER).getString("data.viewer.name")).isEqualTo("brief.sales");
        assertThat(GraphQLClient.withToken(shortLived).run(VIEWER).getString("data.viewer.name")).isEqualTo("brief.sales");
        while (Instant.now().getEpochSecond() <= now + 4) {
            Thread.sleep(200);
        }
        AuthenticationQuarkusTest.assertUnauthenticated(GraphQLClient.withToken(shortLived).post(VIEWER));
    }

    @Test
    void aTokenChangedAfterItWasKeptIsCheckedAndRefused() {
        String token = TestTokens.token("kept.sales", "sales");
        assertThat(GraphQLClient.withToken(token).run(VIEWER).getList("data.viewer.roles")).containsExactly("SALES");
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1])).replace("\"sales\"", "\"admin\"");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes()) + "."
                + parts[2];
        AuthenticationQuarkusTest.assertUnauthenticated(GraphQLClient.withToken(forged).post(VIEWER));
        AuthenticationQuarkusTest.assertUnauthenticated(GraphQLClient.withToken(forged).post(VIEWER));
    }

    @Test
    void eachKeptTokenKeepsItsOwnUserAndRoles() {
        String pm = TestTokens.token("kept.pm", "pm");
        String sales = TestTokens.token("kept.rep", "sales");
        for (int round = 0; round < 2; round++) {
            var asPm = GraphQLClient.withToken(pm).run(VIEWER);
            assertThat(asPm.getString("data.viewer.name")).isEqualTo("kept.pm");
            assertThat(asPm.getList("data.viewer.roles")).containsExactly("PM");
            var asSales = GraphQLClient.withToken(sales).run(VIEWER);
            assertThat(asSales.getString("data.viewer.name")).isEqualTo("kept.rep");
            assertThat(asSales.getList("data.viewer.roles")).containsExactly("SALES");
        }
    }
}
