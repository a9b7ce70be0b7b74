package com.example.portal.graphql.limits;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.example.portal.graphql.SelectedFields;

import graphql.execution.CoercedVariables;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;

/**
 * Depth, complexity and aliases of the operation a request executes.
 * <ul>
 * <li>{@code depth}: the nesting level of the deepest field; a root field is level 1. As graphql-java's
 * {@code MaxQueryDepthInstrumentation} counts it.</li>
 * <li>{@code complexity}: one per field selected, {@code __typename} free; list sizes are not known before
 * execution and do not count. That is graphql-java's default field complexity, which SmallRye's
 * {@code instrumentation-query-complexity} installs.</li>
 * <li>{@code aliases}: fields selected under an alias.</li>
 * </ul>
 * Unlike graphql-java's traversal, which visits a fragment's fields once however often it is spread, every figure
 * counts a fragment each time it is spread, so a fragment spread twice cannot double the work unseen. Fields that
 * {@code @skip}/{@code @include} leave out do not count. The operation has passed validation (no fragment cycles,
 * no unknown fragments); each fragment is measured once, so deeply nested spreads cost no more than their size.
 */
public record QueryFigures(int depth, int complexity, int aliases) {

    /** Figures of a selection set relative to its own level; long and capped, so nested spreads cannot overflow. */
    private record Sum(int depth, long complexity, long aliases) {
        static final Sum NONE = new Sum(0, 0, 0);
        static final long CAP = Integer.MAX_VALUE;

        Sum plus(Sum other) {
            return new Sum(Math.max(depth, other.depth), Math.min(CAP, complexity + other.complexity),
                    Math.min(CAP, aliases + other.aliases));
        }
    }

    /**
     * @param operationName the operation to measure; null when the document holds one
     */
    public static QueryFigures of(Document document, String operationName, CoercedVariables variables) {
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        OperationDefinition operation = operations.stream()
                .filter(candidate -> operationName == null || operationName.equals(candidate.getName()))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("No operation " + operationName));
        Map<String, FragmentDefinition> fragments = new HashMap<>();
        document.getDefinitionsOfType(FragmentDefinition.class).forEach(fragment -> fragments.put(fragment.getName(), fragment));
        Sum sum = new Measure(fragments, variables.toMap()).selections(operation.getSelectionSet());
        return new QueryFigures(sum.depth, (int) sum.complexity, (int) sum.aliases);
    }

    private static final class Measure {
        private final Map<String, FragmentDefinition> fragments;
        private final Map<String, Object> variables;
        private final Map<String, Sum> measuredFragments = new HashMap<>();
        private final Set<String> entered = new HashSet<>();

        Measure(Map<String, FragmentDefinition> fragments, Map<String, Object> variables) {
            this.fragments = fragments;
            this.variables = variables;
        }

        Sum selections(SelectionSet selectionSet) {
            Sum sum = Sum.NONE;
            if (selectionSet == null) {
                return sum;
            }
            for (Selection<?> selection : selectionSet.getSelections()) {
                if (selection instanceof Field field && included(field.getDirectives())) {
                    Sum children = selections(field.getSelectionSet());
                    boolean free = field.getName().equals("__typename");
                    sum = sum.plus(new Sum(children.depth + 1, children.complexity + (free ? 0 : 1),
                            children.aliases + (field.getAlias() != null ? 1 : 0)));
                } else if (selection instanceof InlineFragment inline && included(inline.getDirectives())) {
                    sum = sum.plus(selections(inline.getSelectionSet()));
                } else if (selection instanceof FragmentSpread spread && included(spread.getDirectives())) {
                    sum = sum.plus(fragment(spread.getName()));
                }
            }
            return sum;
        }

        private Sum fragment(String name) {
            Sum measured = measuredFragments.get(name);
            if (measured != null) {
                return measured;
            }
            FragmentDefinition fragment = fragments.get(name);
            if (fragment == null || !entered.add(name)) {
                return Sum.NONE; // not after validation: an unknown fragment or a cycle
            }
            measured = included(fragment.getDirectives()) ? selections(fragment.getSelectionSet()) : Sum.NONE;
            entered.remove(name);
            measuredFragments.put(name, measured);
            return measured;
        }

        private boolean included(List<Directive> directives) {
            return SelectedFields.included(directives, variables);
        }
    }
}
