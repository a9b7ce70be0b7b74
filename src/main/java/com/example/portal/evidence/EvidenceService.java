package com.example.portal.evidence;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.example.portal.cards.CardChangeLog;
import com.example.portal.cards.FeatureCardService;
import com.example.portal.evidence.api.AbTestInput;
import com.example.portal.evidence.api.CreateEvidenceInput;
import com.example.portal.evidence.api.Evidence;
import com.example.portal.evidence.api.EvidenceConnection;
import com.example.portal.evidence.api.EvidenceEdge;
import com.example.portal.evidence.api.EvidenceFilter;
import com.example.portal.evidence.api.EvidencePayload;
import com.example.portal.evidence.api.EvidencePreview;
import com.example.portal.evidence.api.EvidencePreviewInput;
import com.example.portal.evidence.api.PilotInput;
import com.example.portal.evidence.api.SurveyInput;
import com.example.portal.evidence.api.UpdateEvidenceInput;
import com.example.portal.graphql.DeleteInput;
import com.example.portal.graphql.DeletePayload;
import com.example.portal.graphql.GlobalId;
import com.example.portal.graphql.InputCheck;
import com.example.portal.graphql.NodeResolver;
import com.example.portal.graphql.PageRequest;
import com.example.portal.graphql.StoredPayload;
import com.example.portal.graphql.UserError;
import com.example.portal.graphql.UserErrorCode;
import com.example.portal.graphql.WriteTransaction;

import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class EvidenceService implements NodeResolver {

    @Inject
    EvidenceRepository evidence;

    @Inject
    FeatureCardService cards;

    @Inject
    WriteTransaction writes;

    @Inject
    CardChangeLog changes;

    @Override
    public String type() {
        return Evidence.TYPE;
    }

    @Override
    @Transactional
    public Optional<Evidence> find(long id) {
        return evidence.findByIdOptional(id).filter(e -> cards.readable(e.cardId)).map(EvidenceRules::toApi);
    }

    @Transactional
    public Optional<Evidence> find(String id, String slug) {
        if (id != null) {
            return GlobalId.decode(id, Evidence.TYPE).flatMap(this::find);
        }
        return evidence.findBySlug(slug).filter(e -> cards.readable(e.cardId)).map(EvidenceRules::toApi);
    }

    /** Evidence of each card, newest first, in one query. */
    @Transactional
    public Map<Long, List<Evidence>> byCardIds(Collection<Long> cardIds) {
        if (cardIds.isEmpty()) {
            return Map.of();
        }
        return evidence.list("cardId in ?1", Sort.descending("conductedOn").and("id", Sort.Direction.Descending), cardIds)
                .stream().map(EvidenceRules::toApi)
                .collect(Collectors.groupingBy(e -> e.cardDbId));
    }

    @Transactional
    public EvidenceConnection list(PageRequest page, EvidenceFilter filter) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        Set<Long> unreadable = cards.unreadableCardIds();
        if (!unreadable.isEmpty()) {
            where.append(" and (cardId is null or cardId not in :unreadable)");
            params.put("unreadable", unreadable);
        }
        if (filter != null && filter.cardSlug != null) {
            where.append(" and cardId = :cardId");
            params.put("cardId", cards.idsBySlugs(List.of(filter.cardSlug)).getOrDefault(filter.cardSlug, -1L));
        }
        if (filter != null && filter.kind != null) {
            where.append(" and kind = :kind");
            params.put("kind", filter.kind);
        }
        long total = evidence.count(where.toString(), params);
        List<Evidence> items = page.limit() == 0 ? List.of()
                : evidence.find(where.toString(), Sort.descending("conductedOn").and("id", Sort.Direction.Descending), params)
                        .range(page.offset(), page.offset() + page.limit() - 1).list().stream()
                        .map(EvidenceRules::toApi).toList();
        EvidenceConnection connection = new EvidenceConnection();
        connection.totalCount = total;
        connection.edges = page.edges(items, EvidenceEdge::new);
        connection.pageInfo = page.pageInfo(items.size(), total);
        return connection;
    }

    /**
     * What the figures would allow to claim, with createEvidence's rules for them; stores and reads nothing, so a
     * PM's editor can call it on every keystroke.
     */
    public EvidencePreview preview(EvidencePreviewInput input) {
        InputCheck check = new InputCheck("input");
        if (input.kind == null) {
            check.add(UserErrorCode.REQUIRED, "Required: one of AB_TEST, SURVEY, INTERVIEW, PILOT.", "kind");
        }
        EvidenceRules.checkBlocks(input.kind, input.abTest, input.survey, input.pilot, check);
        EvidencePreview preview = new EvidencePreview();
        if (check.hasErrors()) {
            preview.userErrors = check.errors();
            return preview;
        }
        EvidenceEntity figures = new EvidenceEntity();
        EvidenceRules.apply(input.kind, input.abTest, input.survey, input.pilot, figures);
        preview.statistics = EvidenceRules.statistics(figures);
        preview.sampleSize = EvidenceRules.sampleSize(figures);
        return preview;
    }

    public EvidencePayload create(CreateEvidenceInput input) {
        return writes.run(() -> {
            InputCheck check = new InputCheck("input");
            Long cardId = validate(input, check);
            if (input.slug != null && evidence.findBySlug(input.slug).isPresent()) {
                check.add(UserErrorCode.DUPLICATE, "Evidence with slug \"" + input.slug + "\" already exists.", "slug");
            }
            check.throwIfInvalid();
            EvidenceEntity entity = new EvidenceEntity();
            entity.slug = input.slug;
            apply(input, cardId, entity);
            evidence.persistAndFlush(entity);
            changes.evidenceChanged(entity.cardId);
            return StoredPayload.of(EvidencePayload::new, EvidenceRules.toApi(entity));
        }, EvidencePayload::new);
    }

    public EvidencePayload update(UpdateEvidenceInput input) {
        return writes.run(() -> {
            InputCheck check = new InputCheck("input");
            EvidenceEntity entity = check.existing(GlobalId.decode(input.id, Evidence.TYPE).flatMap(evidence::findByIdOptional),
                    "evidence");
            check.sameVersion(entity.version, input.version, "evidence");
            int versionBefore = entity.version;
            long cardBefore = entity.cardId;
            if (input.title != null) {
                check.required(input.title, EvidenceRules.TITLE_MAX, "title");
            }
            if (input.conclusion != null) {
                check.required(input.conclusion, EvidenceRules.CONCLUSION_MAX, "conclusion");
            }
            EvidenceRules.checkDate(input.conductedOn, false, check);
            Long cardId = input.cardSlug == null ? null : cards.idForSlug(input.cardSlug, check, "cardSlug");
            boolean blocksGiven = input.kind != null || input.abTest != null || input.survey != null || input.pilot != null;
            EvidenceKind kind = input.kind != null ? input.kind : entity.kind;
            if (blocksGiven) {
                EvidenceRules.checkBlocks(kind, input.abTest, input.survey, input.pilot, check);
            }
            check.throwIfInvalid();
            if (cardId != null) {
                entity.cardId = cardId;
            }
            if (input.title != null) {
                entity.title = input.title.strip();
            }
            if (input.conclusion != null) {
                entity.conclusion = input.conclusion.strip();
            }
            if (input.conductedOn != null) {
                entity.conductedOn = input.conductedOn;
            }
            if (blocksGiven) {
                EvidenceRules.apply(kind, input.abTest, input.survey, input.pilot, entity);
            }
            evidence.flush();
            if (entity.version != versionBefore) {
                changes.evidenceChanged(cardBefore);
                if (entity.cardId.longValue() != cardBefore) {
                    changes.evidenceChanged(entity.cardId);
                }
            }
            return StoredPayload.of(EvidencePayload::new, EvidenceRules.toApi(entity));
        }, EvidencePayload::new);
    }

    public DeletePayload delete(DeleteInput input) {
        return writes.delete(input, Evidence.TYPE, "evidence", evidence, e -> e.version, e -> changes.evidenceChanged(e.cardId));
    }

    /** Creates or updates by slug inside the content importer's transaction; unchanged evidence keeps its version. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UserError> upsert(CreateEvidenceInput input) {
        InputCheck check = new InputCheck();
        Long cardId = validate(input, check);
        if (check.hasErrors()) {
            return check.errors();
        }
        EvidenceEntity entity = evidence.findBySlug(input.slug).orElseGet(EvidenceEntity::new);
        apply(input, cardId, entity);
        if (entity.id == null) {
            entity.slug = input.slug;
            evidence.persist(entity);
        }
        return List.of();
    }

    private Long validate(CreateEvidenceInput input, InputCheck check) {
        check.slug(input.slug, "slug");
        check.required(input.title, EvidenceRules.TITLE_MAX, "title");
        check.required(input.conclusion, EvidenceRules.CONCLUSION_MAX, "conclusion");
        EvidenceRules.checkDate(input.conductedOn, true, check);
        if (input.kind == null) {
            check.add(UserErrorCode.REQUIRED, "Required: one of AB_TEST, SURVEY, INTERVIEW, PILOT.", "kind");
        }
        EvidenceRules.checkBlocks(input.kind, input.abTest, input.survey, input.pilot, check);
        return check.required(input.cardSlug, InputCheck.SLUG_MAX, "cardSlug") ? cards.idForSlug(input.cardSlug, check, "cardSlug") : null;
    }

    private static void apply(CreateEvidenceInput input, Long cardId, EvidenceEntity entity) {
        entity.cardId = cardId;
        entity.title = input.title.strip();
        entity.conclusion = input.conclusion.strip();
        entity.conductedOn = input.conductedOn;
        EvidenceRules.apply(input.kind, input.abTest, input.survey, input.pilot, entity);
    }

    /** All evidence as the content files state it, oldest first. */
    @Transactional
    public List<CreateEvidenceInput> exportAll() {
        List<EvidenceEntity> all = evidence.listAll(Sort.by("id"));
        Map<Long, String> cardSlugs = cards.slugsByIds(all.stream().map(e -> e.cardId).collect(Collectors.toSet()));
        return all.stream().map(e -> {
            CreateEvidenceInput input = new CreateEvidenceInput();
            input.slug = e.slug;
            input.cardSlug = cardSlugs.get(e.cardId);
            input.kind = e.kind;
            input.title = e.title;
            input.conductedOn = e.conductedOn;
            input.conclusion = e.conclusion;
            if (e.kind == EvidenceKind.AB_TEST) {
                input.abTest = new AbTestInput();
                input.abTest.controlUsers = e.controlUsers;
                input.abTest.controlConversions = e.controlConversions;
                input.abTest.variantUsers = e.variantUsers;
                input.abTest.variantConversions = e.variantConversions;
            } else if (e.kind == EvidenceKind.PILOT) {
                input.pilot = new PilotInput();
                input.pilot.metric = e.pilotMetric;
                input.pilot.before = e.pilotBefore;
                input.pilot.after = e.pilotAfter;
                input.pilot.participants = e.pilotParticipants;
            } else {
                input.survey = new SurveyInput();
                input.survey.respondents = e.respondents;
                input.survey.satisfied = e.satisfied;
            }
            return input;
        }).toList();
    }
}
