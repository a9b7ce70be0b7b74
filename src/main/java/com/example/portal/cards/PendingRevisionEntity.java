package com.example.portal.cards;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import com.example.portal.database.TimestampedEntity;

/** An edit of a published card waiting for review; the card's row keeps the published text meanwhile. */
@Entity
@Table(name = "card_pending_revision")
public class PendingRevisionEntity extends TimestampedEntity {

    @Id
    @Column(name = "card_id")
    public Long cardId;

    /** Everyone who edited it, first proposer first. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> authors = new ArrayList<>();

    /** The published content the edit started from, as CardSnapshot JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "base_snapshot", nullable = false)
    public String baseSnapshot;

    /** The edited content, as CardSnapshot JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String snapshot;

    @Column(name = "changes_requested_by")
    public String changesRequestedBy;

    @Column(name = "changes_requested_at")
    public OffsetDateTime changesRequestedAt;

    @Column(name = "changes_requested_note")
    public String changesRequestedNote;
}
