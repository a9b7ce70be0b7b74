package com.example.portal.glossary;

import static com.example.portal.glossary.GlossaryFixtures.bySlug;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.example.portal.glossary.api.CreateGlossaryTermInput;
import com.example.portal.graphql.UserError;
import com.example.portal.graphql.UserErrorCode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The content importer's entry point: idempotent, and all-or-nothing per term. */
@QuarkusTest
class GlossaryUpsertQuarkusTest {

    @Inject
    GlossaryService service;

    @Test
    void importingTheSameTermTwiceKeepsItsVersion() {
        assertThat(upsert(metric("test-gl-upsert", "Маркетинг"))).isEmpty();
        assertThat(upsert(metric("test-gl-upsert", "Маркетинг"))).isEmpty();
        JsonPath stored = bySlug("test-gl-upsert");
        assertThat(stored.getInt("data.glossaryTerm.version")).isZero();
        assertThat(stored.getList("data.glossaryTerm.aliases")).containsExactly("маркетинговый лид", "MQL-лид");

        assertThat(upsert(metric("test-gl-upsert", "Продажи"))).isEmpty();
        JsonPath changed = bySlug("test-gl-upsert");
        assertThat(changed.getInt("data.glossaryTerm.version")).isEqualTo(1);
        assertThat(changed.getString("data.glossaryTerm.ownerTeam")).isEqualTo("Продажи");
    }

    @Test
    void reportsProblemsRelativeToTheTermAndStoresNothing() {
        CreateGlossaryTermInput input = metric("test-gl-upsert-bad", null);
        input.kind = null;
        input.formula = null;

        List<UserError> errors = upsert(input);

        assertThat(errors).extracting(UserError::field, UserError::code)
                .containsExactly(tuple(List.of("kind"), UserErrorCode.REQUIRED));
        assertThat(bySlug("test-gl-upsert-bad").getString("data.glossaryTerm")).isNull();
    }

    private List<UserError> upsert(CreateGlossaryTermInput input) {
        return QuarkusTransaction.requiringNew().call(() -> service.upsert(input));
    }

    private static CreateGlossaryTermInput metric(String slug, String ownerTeam) {
        CreateGlossaryTermInput input = new CreateGlossaryTermInput();
        input.slug = slug;
        input.term = "MQL";
        input.aliases = List.of("маркетинговый лид", "MQL-лид");
        input.definition = "Лид, которого маркетинг передаёт в продажи.";
        input.kind = GlossaryTermKind.METRIC;
        input.formula = "MQL за период = число работодателей, выполнивших условия";
        input.ownerTeam = ownerTeam;
        return input;
    }
}
