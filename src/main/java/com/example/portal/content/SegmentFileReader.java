package com.example.portal.content;

import java.math.BigDecimal;
import java.util.List;

import com.example.portal.segments.ComparisonOperator;
import com.example.portal.segments.api.CreateSegmentInput;
import com.example.portal.segments.api.MetricConditionInput;
import com.example.portal.segments.api.SegmentCriteriaInput;

/** segments.yaml: a list of segments with their formal criteria. */
final class SegmentFileReader {

    private SegmentFileReader() {
    }

    static List<ContentFile<CreateSegmentInput>> read(SourceFile file, String yaml) {
        return file.items(yaml, item -> {
            item.allowOnly("slug", "name", "description", "size", "industries", "productsOwned", "productsNotOwned", "metrics");
            CreateSegmentInput input = new CreateSegmentInput();
            input.slug = item.text("slug", "slug");
            input.name = item.text("name", "name");
            input.description = item.text("description", "description");
            SegmentCriteriaInput criteria = new SegmentCriteriaInput();
            // "size: { min, max }" is read into the criteria' bounds.
            item.mapping("size", "criteria", size -> {
                size.allowOnly("min", "max");
                criteria.sizeMin = size.integer("min", "sizeMin");
                criteria.sizeMax = size.integer("max", "sizeMax");
                return criteria;
            });
            criteria.industries = item.texts("industries", "criteria.industries");
            criteria.productsOwned = item.texts("productsOwned", "criteria.productsOwned");
            criteria.productsNotOwned = item.texts("productsNotOwned", "criteria.productsNotOwned");
            criteria.metricConditions = item.items("metrics", "criteria.metricConditions", SegmentFileReader::metricCondition);
            input.criteria = criteria;
            return input;
        });
    }

    private static MetricConditionInput metricCondition(YamlItem condition) {
        condition.allowOnly("metric", "operator", "threshold");
        MetricConditionInput metric = new MetricConditionInput();
        metric.metric = condition.text("metric", "metric");
        String operator = condition.text("operator", "operator");
        metric.operator = operator == null ? null : ComparisonOperator.fromSymbol(operator).orElse(null);
        if (operator != null && metric.operator == null) {
            condition.problem("operator", "\"" + operator + "\" is not an operator; allowed: >, >=, <, <=, =.");
        }
        BigDecimal threshold = condition.decimal("threshold", "threshold");
        metric.threshold = threshold == null ? null : threshold.doubleValue();
        return metric;
    }
}
