package com.example.portal.feedback;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.CreationTimestamp;

/** A problem report or question a reader sent about a card (V7); never changed once sent. */
@Entity
@Table(name = "card_feedback")
public class CardFeedbackEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "card_id", nullable = false, updatable = false)
    public long cardId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public CardFeedbackKind kind;

    @Column(nullable = false, updatable = false)
    public String message;

    @Column(name = "sent_by", nullable = false, updatable = false)
    public String sentBy;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;
}
