package com.example.portal.glossary;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.example.portal.glossary.api.CreateGlossaryTermInput;
import com.example.portal.glossary.api.GlossaryFilter;
import com.example.portal.glossary.api.GlossaryTerm;
import com.example.portal.glossary.api.GlossaryTermConnection;
import com.example.portal.glossary.api.GlossaryTermOrder;
import com.example.portal.glossary.api.GlossaryTermOrderField;
import com.example.portal.glossary.api.GlossaryTermPayload;
import com.example.portal.glossary.api.UpdateGlossaryTermInput;
import com.example.portal.database.ListQuery;
import com.example.portal.database.SluggedService;
import com.example.portal.graphql.InputCheck;
import com.example.portal.graphql.PageRequest;
import com.example.portal.graphql.StoredPayload;
import com.example.portal.graphql.UserError;
import com.example.portal.graphql.UserErrorCode;

import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class GlossaryService extends SluggedService<GlossaryTermEntity, GlossaryTerm> {

    static final int TERM_MAX = 200;
    static final int DEFINITION_MAX = 5000;
    static final int FORMULA_MAX = 2000;

    @Inject
    GlossaryService(GlossaryTermRepository terms) {
        super(GlossaryTerm.TYPE, "glossary term", terms, GlossaryMapper.INSTANCE::toApi);
    }

    /**
     * The glossary's metric definitions for metric keys of segment criteria (missed_call_share): a METRIC term whose
     * slug, with dashes for underscores, or one of whose aliases is the key. Keys without one are absent.
     */
    @Transactional
    public Map<String, GlossaryTerm> metricsByKey(Collection<String> keys) {
        Map<String, GlossaryTerm> found = new HashMap<>();
        for (GlossaryTermEntity term : rows.list("kind", GlossaryTermKind.METRIC)) {
            for (String key : keys) {
                if (term.slug.equals(key.replace('_', '-')) || term.aliases.contains(key)) {
                    found.putIfAbsent(key, GlossaryMapper.INSTANCE.toApi(term));
                }
            }
        }
        return found;
    }

    @Transactional
    public GlossaryTermConnection list(PageRequest page, GlossaryFilter filter, GlossaryTermOrder order) {
        ListQuery query = new ListQuery("GlossaryTermEntity", "t");
        if (filter != null && filter.kind != null) {
            query.and("t.kind = :kind", "kind", filter.kind);
        }
        if (filter != null && filter.query != null && !filter.query.isBlank()) {
            query.and("t.searchText like :q escape '!'", "q",
                    "%" + folded(filter.query.strip()).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        GlossaryTermOrder ordering = order == null ? new GlossaryTermOrder() : order;
        // Terms are ordered as a reader looks them up: "CAC" and "cac" together.
        return new GlossaryTermConnection(
                query.orderBy(ordering.field, ordering.direction, Map.of(GlossaryTermOrderField.TERM, "lower(t.term)"))
                        .page(rows, page, GlossaryMapper.INSTANCE::toApi));
    }

    public GlossaryTermPayload create(CreateGlossaryTermInput input) {
        return create(input.slug, "A glossary term", GlossaryTermEntity::new, check -> {
            validate(input, check);
            return entity -> apply(input, entity);
        }, entity -> StoredPayload.of(GlossaryTermPayload::new, GlossaryMapper.INSTANCE.toApi(entity)), GlossaryTermPayload::new);
    }

    public GlossaryTermPayload update(UpdateGlossaryTermInput input) {
        return update(input.id, input.version, (entity, check) -> {
            // Validate the term as it would be after the change, so kind/formula rules see the whole picture.
            CreateGlossaryTermInput merged = new CreateGlossaryTermInput();
            merged.slug = entity.slug;
            merged.term = input.term != null ? input.term : entity.term;
            merged.aliases = input.aliases != null ? input.aliases : entity.aliases;
            merged.definition = input.definition != null ? input.definition : entity.definition;
            merged.kind = input.kind != null ? input.kind : entity.kind;
            merged.formula = input.formula != null ? emptyToNull(input.formula) : entity.formula;
            merged.ownerTeam = input.ownerTeam != null ? emptyToNull(input.ownerTeam) : entity.ownerTeam;
            merged.discouraged = input.discouraged != null ? input.discouraged : entity.discouraged;
            validate(merged, check);
            return () -> {
                apply(merged, entity);
                rows.flush();
                return StoredPayload.of(GlossaryTermPayload::new, GlossaryMapper.INSTANCE.toApi(entity));
            };
        }, GlossaryTermPayload::new);
    }

    /** Creates or updates by slug inside the content importer's transaction; an unchanged term keeps its version. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UserError> upsert(CreateGlossaryTermInput input) {
        return upsert(input.slug, GlossaryTermEntity::new, check -> {
            validate(input, check);
            return entity -> apply(input, entity);
        });
    }

    private static void validate(CreateGlossaryTermInput input, InputCheck check) {
        check.slug(input.slug, "slug");
        check.required(input.term, TERM_MAX, "term");
        check.required(input.definition, DEFINITION_MAX, "definition");
        check.texts(input.aliases, 50, TERM_MAX, "aliases");
        check.distinct(input.aliases, alias -> folded(alias.strip()), "aliases");
        if (input.kind == null) {
            check.add(UserErrorCode.REQUIRED, "Required: TERM or METRIC.", "kind");
        } else if (input.kind == GlossaryTermKind.METRIC) {
            check.required(input.formula, FORMULA_MAX, "formula");
            check.required(input.ownerTeam, TERM_MAX, "ownerTeam");
        } else {
            if (input.formula != null && !input.formula.isBlank()) {
                check.add(UserErrorCode.INVALID, "Only a METRIC has a formula; leave it out for a TERM.", "formula");
            }
            if (input.ownerTeam != null && !input.ownerTeam.isBlank()) {
                check.add(UserErrorCode.INVALID, "Only a METRIC has an owner team; leave it out for a TERM.", "ownerTeam");
            }
        }
    }

    private static void apply(CreateGlossaryTermInput input, GlossaryTermEntity entity) {
        entity.term = input.term.strip();
        List<String> aliases = input.aliases == null ? List.of() : input.aliases.stream().map(String::strip).toList();
        if (!aliases.equals(entity.aliases)) {
            entity.aliases = new java.util.ArrayList<>(aliases);
        }
        entity.definition = input.definition.strip();
        entity.kind = input.kind;
        entity.formula = input.kind == GlossaryTermKind.METRIC ? input.formula.strip() : null;
        entity.ownerTeam = input.kind == GlossaryTermKind.METRIC ? input.ownerTeam.strip() : null;
        entity.discouraged = Boolean.TRUE.equals(input.discouraged);
        entity.searchText = Stream.concat(Stream.of(entity.term), entity.aliases.stream()).map(GlossaryService::folded)
                .collect(Collectors.joining("\n"));
    }

    /** Text as the case-insensitive search compares it. */
    private static String folded(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    private static String emptyToNull(String value) {
        return value.isBlank() ? null : value;
    }

    /** Every term as the content files state it, oldest first. */
    @Transactional
    public List<CreateGlossaryTermInput> exportAll() {
        return rows.listAll(Sort.by("id")).stream().map(GlossaryMapper.INSTANCE::toContent).toList();
    }
}
