package com.example.portal.evidence;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.example.portal.cards.CardChangeLog;
import com.example.portal.cards.CardChildService;
import com.example.portal.database.ListQuery;
import com.example.portal.evidence.api.AbTestInput;
import com.example.portal.evidence.api.CreateEvidenceInput;
import com.example.portal.evidence.api.Evidence;
import com.example.portal.evidence.api.EvidenceConnection;
import com.example.portal.evidence.api.EvidenceFilter;
import com.example.portal.evidence.api.EvidencePayload;
import com.example.portal.evidence.api.EvidencePreview;
import com.example.portal.evidence.api.EvidencePreviewInput;
import com.example.portal.evidence.api.PilotInput;
import com.example.portal.evidence.api.SurveyInput;
import com.example.portal.evidence.api.UpdateEvidenceInput;
import com.example.portal.graphql.DeleteInput;
import com.example.portal.graphql.DeletePayload;
import com.example.portal.graphql.InputCheck;
import com.example.portal.graphql.PageRequest;
import com.example.portal.graphql.StoredPayload;
import com.example.portal.graphql.UserError;
import com.example.portal.graphql.UserErrorCode;

@ApplicationScoped
public class EvidenceService extends CardChildService<EvidenceEntity, Evidence> {

    @Inject
    CardChangeLog changes;

    @Inject
    EvidenceService(EvidenceRepository evidence) {
        super(Evidence.TYPE, "evidence", "EvidenceEntity", "conductedOn", evidence, EvidenceMapper.INSTANCE::toApi, e -> e.cardId);
    }

    @Transactional
    public EvidenceConnection list(PageRequest page, EvidenceFilter filter) {
        ListQuery query = readableRows("e", filter == null ? null : filter.cardSlug);
        if (filter != null && filter.kind != null) {
            query.and("e.kind = :kind", "kind", filter.kind);
        }
        return new EvidenceConnection(query.page(rows, page, EvidenceMapper.INSTANCE::toApi));
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
        return create(input.slug, "Evidence", EvidenceEntity::new, check -> {
            Long cardId = validate(input, check);
            return entity -> apply(input, cardId, entity);
        }, entity -> {
            changes.evidenceChanged(entity.cardId);
            return StoredPayload.of(EvidencePayload::new, EvidenceMapper.INSTANCE.toApi(entity));
        }, EvidencePayload::new);
    }

    public EvidencePayload update(UpdateEvidenceInput input) {
        return update(input.id, input.version, (entity, check) -> {
            int versionBefore = entity.version;
            long cardBefore = entity.cardId;
            if (input.title != null) {
                check.required(input.title, EvidenceRules.TITLE_MAX, "title");
            }
            if (input.conclusion != null) {
                check.required(input.conclusion, EvidenceRules.CONCLUSION_MAX, "conclusion");
            }
            EvidenceRules.checkDate(input.conductedOn, false, check);
            Long cardId = changedCard(input.cardSlug, check);
            boolean blocksGiven = input.kind != null || input.abTest != null || input.survey != null || input.pilot != null;
            EvidenceKind kind = input.kind != null ? input.kind : entity.kind;
            if (blocksGiven) {
                EvidenceRules.checkBlocks(kind, input.abTest, input.survey, input.pilot, check);
            }
            return () -> {
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
                rows.flush();
                if (entity.version != versionBefore) {
                    changes.evidenceChanged(cardBefore);
                    if (entity.cardId.longValue() != cardBefore) {
                        changes.evidenceChanged(entity.cardId);
                    }
                }
                return StoredPayload.of(EvidencePayload::new, EvidenceMapper.INSTANCE.toApi(entity));
            };
        }, EvidencePayload::new);
    }

    @Override
    public DeletePayload delete(DeleteInput input) {
        return writes.delete(input, Evidence.TYPE, "evidence", rows, e -> e.version, e -> changes.evidenceChanged(e.cardId));
    }

    /** Creates or updates by slug inside the content importer's transaction; unchanged evidence keeps its version. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UserError> upsert(CreateEvidenceInput input) {
        return upsert(input.slug, EvidenceEntity::new, check -> {
            Long cardId = validate(input, check);
            return entity -> apply(input, cardId, entity);
        });
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
        return requiredCard(input.cardSlug, check);
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
        return exportWithCardSlugs(EvidenceService::toContent);
    }

    /** One row as its content file states it; the row does not hold its card's slug. */
    private static CreateEvidenceInput toContent(EvidenceEntity e, String cardSlug) {
        CreateEvidenceInput input = new CreateEvidenceInput();
        input.slug = e.slug;
        input.cardSlug = cardSlug;
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
    }
}
