package com.example.portal.cards;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "card_revision")
public class CardRevisionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "card_id", nullable = false)
    public Long cardId;

    @Column(nullable = false)
    public int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CardAction action;

    @Column(nullable = false)
    public String actor;

    @CreationTimestamp
    @Column(nullable = false, updatable = false)
    public OffsetDateTime at;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CardStatus status;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "changed_fields", nullable = false)
    public List<String> changedFields = new ArrayList<>();

    public String comment;

    /** The card's content after this change, as CardSnapshot JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String snapshot;
}
