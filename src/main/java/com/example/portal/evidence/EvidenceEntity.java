package com.example.portal.evidence;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import com.example.portal.database.SluggedEntity;

@Entity
@Table(name = "evidence")
public class EvidenceEntity extends SluggedEntity {

    @Column(name = "card_id", nullable = false)
    public Long cardId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EvidenceKind kind;

    @Column(nullable = false)
    public String title;

    @Column(name = "conducted_on", nullable = false)
    public LocalDate conductedOn;

    @Column(nullable = false)
    public String conclusion;

    @Column(name = "control_users")
    public Integer controlUsers;

    @Column(name = "control_conversions")
    public Integer controlConversions;

    @Column(name = "variant_users")
    public Integer variantUsers;

    @Column(name = "variant_conversions")
    public Integer variantConversions;

    public Integer respondents;

    public Integer satisfied;

    @Column(name = "pilot_metric")
    public String pilotMetric;

    @Column(name = "pilot_before")
    public BigDecimal pilotBefore;

    @Column(name = "pilot_after")
    public BigDecimal pilotAfter;

    @Column(name = "pilot_participants")
    public Integer pilotParticipants;
}
