package com.example.portal.releases;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.example.portal.cards.CardChildService;
import com.example.portal.database.ListQuery;
import com.example.portal.cards.api.RolloutFactsInput;
import com.example.portal.graphql.InputCheck;
import com.example.portal.graphql.PageRequest;
import com.example.portal.graphql.StoredPayload;
import com.example.portal.graphql.UserError;
import com.example.portal.graphql.UserErrorCode;
import com.example.portal.releases.api.CreateReleaseNoteInput;
import com.example.portal.releases.api.ReleaseNote;
import com.example.portal.releases.api.ReleaseNoteAnnouncement;
import com.example.portal.releases.api.ReleaseNoteConnection;
import com.example.portal.releases.api.ReleaseNoteFilter;
import com.example.portal.releases.api.ReleaseNotePayload;
import com.example.portal.releases.api.UpdateReleaseNoteInput;
import com.example.portal.security.Caller;

import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Multi;

@ApplicationScoped
public class ReleaseNoteService extends CardChildService<ReleaseNoteEntity, ReleaseNote> {

    static final int TITLE_MAX = 200;
    static final int TEXT_MAX = 10_000;

    @Inject
    ReleaseNoteFeed feed;

    @Inject
    Caller caller;

    @Inject
    ReleaseNoteService(ReleaseNoteRepository notes) {
        super(ReleaseNote.TYPE, "release note", "ReleaseNoteEntity", "publishedOn", notes, ReleaseNoteMapper.INSTANCE::toApi, e -> e.cardId);
    }

    /** The feed: newest first. */
    @Transactional
    public ReleaseNoteConnection feed(PageRequest page, ReleaseNoteFilter filter) {
        ListQuery query = readableRows("n", filter == null ? null : filter.cardSlug);
        if (filter != null && filter.audience != null) {
            query.and("array_contains(n.audiences, :audience)", "audience", filter.audience.name());
        }
        if (filter != null && filter.since != null) {
            query.and("n.publishedOn >= :since", "since", filter.since);
        }
        return new ReleaseNoteConnection(query.page(rows, page, ReleaseNoteMapper.INSTANCE::toApi));
    }

    /** Announced to subscribers once this replica's index has applied it, before this returns (ReleaseNoteAnnouncer). */
    public ReleaseNotePayload create(CreateReleaseNoteInput input) {
        return create(input.slug, "A release note", ReleaseNoteEntity::new, check -> {
            Long cardId = validate(input, check);
            return note -> apply(input, cardId, note);
        }, note -> StoredPayload.of(ReleaseNotePayload::new, ReleaseNoteMapper.INSTANCE.toApi(note)), ReleaseNotePayload::new);
    }

    /**
     * Announces the notes with these ids to this replica's subscribers, each once, with whether its card is published
     * now. Runs outside the subscribers' requests (and maybe inside the writer's), so nothing here depends on the caller.
     */
    @Transactional
    void announce(Collection<Long> ids) {
        List<ReleaseNoteEntity> created = rows.list("id in ?1", Sort.by("id"), ids);
        Set<Long> cardIds = created.stream().map(n -> n.cardId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        Map<Long, String> cardSlugs = cards.slugsByIds(cardIds);
        Set<Long> published = cards.publishedAmong(cardIds);
        for (ReleaseNoteEntity note : created) {
            String cardSlug = cardSlugs.get(note.cardId);
            if (cardSlug != null) {
                ReleaseNoteAnnouncement announcement = ReleaseNoteMapper.INSTANCE.toAnnouncement(
                        ReleaseNoteMapper.INSTANCE.toApi(note), cardSlug);
                feed.publishOnce(announcement, published.contains(note.cardId));
            }
        }
    }

    /**
     * Notes created from now on that the caller may read: sales and marketing only those about published cards.
     * The caller's rights are taken when the subscription starts; the items arrive outside its request.
     */
    public Multi<ReleaseNoteAnnouncement> published() {
        boolean readsUnpublished = caller.mayReadUnpublished();
        return feed.stream().filter(p -> readsUnpublished || p.cardPublished()).map(ReleaseNoteFeed.Published::note);
    }

    public ReleaseNotePayload update(UpdateReleaseNoteInput input) {
        return update(input.id, input.version, (note, check) -> {
            if (input.title != null) {
                check.required(input.title, TITLE_MAX, "title");
            }
            if (input.text != null) {
                check.required(input.text, TEXT_MAX, "text");
            }
            if (input.audiences != null && input.audiences.isEmpty()) {
                check.add(UserErrorCode.REQUIRED, "Name at least one audience: SALES, MARKETING, PRODUCT or CLIENTS.", "audiences");
            }
            if (input.rollout != null) {
                check.percent(input.rollout.sharePercent, "rollout", "sharePercent");
            }
            Long cardId = changedCard(input.cardSlug, check);
            return () -> {
                if (cardId != null) {
                    note.cardId = cardId;
                }
                if (input.publishedOn != null) {
                    note.publishedOn = input.publishedOn;
                }
                if (input.title != null) {
                    note.title = input.title.strip();
                }
                if (input.text != null) {
                    note.text = input.text.strip();
                }
                if (input.audiences != null) {
                    setAudiences(input.audiences, note);
                }
                if (input.rollout != null) {
                    setRollout(input.rollout, note);
                }
                rows.flush();
                return StoredPayload.of(ReleaseNotePayload::new, ReleaseNoteMapper.INSTANCE.toApi(note));
            };
        }, ReleaseNotePayload::new);
    }

    /** Creates or updates by slug inside the content importer's transaction; an unchanged note keeps its version. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UserError> upsert(CreateReleaseNoteInput input) {
        return upsert(input.slug, ReleaseNoteEntity::new, check -> {
            Long cardId = validate(input, check);
            return note -> apply(input, cardId, note);
        });
    }

    private Long validate(CreateReleaseNoteInput input, InputCheck check) {
        check.slug(input.slug, "slug");
        check.required(input.title, TITLE_MAX, "title");
        check.required(input.text, TEXT_MAX, "text");
        if (input.publishedOn == null) {
            check.add(UserErrorCode.REQUIRED, "Required: the publication date.", "publishedOn");
        }
        if (input.audiences == null || input.audiences.isEmpty()) {
            check.add(UserErrorCode.REQUIRED, "Name at least one audience: SALES, MARKETING, PRODUCT or CLIENTS.", "audiences");
        }
        if (input.rollout != null) {
            check.percent(input.rollout.sharePercent, "rollout", "sharePercent");
        }
        return requiredCard(input.cardSlug, check);
    }

    private static void apply(CreateReleaseNoteInput input, Long cardId, ReleaseNoteEntity note) {
        note.cardId = cardId;
        note.publishedOn = input.publishedOn;
        note.title = input.title.strip();
        note.text = input.text.strip();
        setAudiences(input.audiences, note);
        setRollout(input.rollout == null ? new RolloutFactsInput() : input.rollout, note);
    }

    private static void setAudiences(List<Audience> audiences, ReleaseNoteEntity note) {
        List<String> wanted = audiences.stream().distinct().map(Enum::name).toList();
        if (!wanted.equals(note.audiences)) {
            note.audiences = new java.util.ArrayList<>(wanted);
        }
    }

    private static void setRollout(RolloutFactsInput rollout, ReleaseNoteEntity note) {
        BigDecimal share = rollout.sharePercent == null ? null : InputCheck.rounded(rollout.sharePercent, 2);
        if (share == null || note.rolloutShare == null || share.compareTo(note.rolloutShare) != 0) {
            note.rolloutShare = share;
        }
        note.rolloutStart = rollout.startDate;
        note.rolloutOptOut = rollout.clientCanOptOut;
    }

    /** Every release note as the content files state it, oldest first. */
    @Transactional
    public List<CreateReleaseNoteInput> exportAll() {
        return exportWithCardSlugs(ReleaseNoteMapper.INSTANCE::toContent);
    }
}
