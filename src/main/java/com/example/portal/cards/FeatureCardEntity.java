package com.example.portal.cards;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import com.example.portal.database.SluggedEntity;

@Entity
@Table(name = "feature_card")
@EntityListeners(CardSavedBy.class)
public class FeatureCardEntity extends SluggedEntity {

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String summary;

    @Column(nullable = false)
    public String body = "";

    /** The product's id; the products feature owns the row, so cards keep only the key. */
    @Column(name = "product_id", nullable = false)
    public Long productId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "funnel_stages", nullable = false)
    public List<String> funnelStages = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "talking_points", nullable = false)
    public List<String> talkingPoints = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> tags = new ArrayList<>();

    public String owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CardStatus status = CardStatus.DRAFT;

    @Column(name = "rollout_share")
    public BigDecimal rolloutShare;

    @Column(name = "rollout_start")
    public LocalDate rolloutStart;

    @Column(name = "rollout_opt_out")
    public Boolean rolloutOptOut;

    @ElementCollection
    @CollectionTable(name = "card_job_story", joinColumns = @JoinColumn(name = "card_id"))
    @OrderColumn(name = "position")
    public List<JobStoryValue> jobs = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "card_objection", joinColumns = @JoinColumn(name = "card_id"))
    @OrderColumn(name = "position")
    public List<ObjectionValue> objections = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "card_segment", joinColumns = @JoinColumn(name = "card_id"))
    public Set<SegmentLinkValue> segmentLinks = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "card_glossary_term", joinColumns = @JoinColumn(name = "card_id"))
    @Column(name = "term_id", nullable = false)
    public Set<Long> glossaryTermIds = new LinkedHashSet<>();

    /** Who saved the card last, for the message a stale edit gets. */
    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "last_verified_at")
    public OffsetDateTime lastVerifiedAt;

    @Column(name = "last_verified_by")
    public String lastVerifiedBy;

    /** Who submitted the card for review: they may not approve it themselves. */
    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "verify_every_days", nullable = false)
    public int verifyEveryDays = 90;
}
