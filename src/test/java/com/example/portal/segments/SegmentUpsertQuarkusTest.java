package com.example.portal.segments;

import static com.example.portal.segments.SegmentFixtures.bySlug;
import static com.example.portal.segments.SegmentFixtures.product;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.example.portal.graphql.UserError;
import com.example.portal.graphql.UserErrorCode;
import com.example.portal.segments.api.CreateSegmentInput;
import com.example.portal.segments.api.MetricConditionInput;
import com.example.portal.segments.api.SegmentCriteriaInput;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The content importer's entry point: idempotent, and all-or-nothing per segment. */
@QuarkusTest
class SegmentUpsertQuarkusTest {

    @Inject
    SegmentService service;

    @Test
    void importingTheSameSegmentTwiceKeepsItsVersion() {
        product("test-seg-upsert-owned", "Импорт: есть");
        product("test-seg-upsert-lacking", "Импорт: нет");

        assertThat(upsert(segment(20.0))).isEmpty();
        assertThat(upsert(segment(20.0))).isEmpty();
        JsonPath stored = bySlug("test-seg-upsert");
        assertThat(stored.getInt("data.segment.version")).isZero();
        assertThat(stored.getList("data.segment.criteria.productsOwned.slug")).containsExactly("test-seg-upsert-owned");
        assertThat(stored.getList("data.segment.criteria.productsNotOwned.slug")).containsExactly("test-seg-upsert-lacking");
        // The column keeps 4 decimals: the threshold is rounded before it is compared, so a re-import changes nothing.
        assertThat(stored.getList("data.segment.criteria.metricConditions.threshold", Double.class)).containsExactly(20.0, 15.5556);

        assertThat(upsert(segment(25.0))).isEmpty();
        JsonPath changed = bySlug("test-seg-upsert");
        assertThat(changed.getInt("data.segment.version")).isEqualTo(1);
        assertThat(changed.getList("data.segment.criteria.metricConditions.threshold", Double.class)).containsExactly(25.0, 15.5556);
    }

    @Test
    void reportsProblemsRelativeToTheSegmentAndStoresNothing() {
        CreateSegmentInput input = segment(Double.NaN);
        input.slug = "test-seg-upsert-bad";
        input.criteria.productsOwned = List.of("test-seg-upsert-nowhere");
        input.criteria.productsNotOwned = List.of();

        List<UserError> errors = upsert(input);

        assertThat(errors).extracting(UserError::field, UserError::code).containsExactlyInAnyOrder(
                tuple(List.of("criteria", "productsOwned", "0"), UserErrorCode.NOT_FOUND),
                tuple(List.of("criteria", "metricConditions", "0", "threshold"), UserErrorCode.INVALID));
        assertThat(bySlug("test-seg-upsert-bad").getString("data.segment")).isNull();
    }

    private List<UserError> upsert(CreateSegmentInput input) {
        return QuarkusTransaction.requiringNew().call(() -> service.upsert(input));
    }

    private static CreateSegmentInput segment(double missedCallShare) {
        CreateSegmentInput input = new CreateSegmentInput();
        input.slug = "test-seg-upsert";
        input.name = "Импортированный сегмент";
        input.description = "Из файла segments.yaml";
        input.criteria = new SegmentCriteriaInput();
        input.criteria.sizeMin = 10;
        input.criteria.industries = List.of("retail", "horeca");
        input.criteria.productsOwned = List.of("test-seg-upsert-owned");
        input.criteria.productsNotOwned = List.of("test-seg-upsert-lacking");
        input.criteria.metricConditions = List.of(
                condition("missed_call_share", ComparisonOperator.GT, missedCallShare),
                condition("open_vacancies", ComparisonOperator.GTE, 15.55555));
        return input;
    }

    private static MetricConditionInput condition(String metric, ComparisonOperator operator, double threshold) {
        MetricConditionInput condition = new MetricConditionInput();
        condition.metric = metric;
        condition.operator = operator;
        condition.threshold = threshold;
        return condition;
    }
}
