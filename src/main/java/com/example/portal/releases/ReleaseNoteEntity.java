package com.example.portal.releases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "release_note")
public class ReleaseNoteEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true, updatable = false)
    public String slug;

    @Column(name = "card_id", nullable = false)
    public Long cardId;

    @Column(name = "published_on", nullable = false)
    public LocalDate publishedOn;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String text;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> audiences = new ArrayList<>();

    @Column(name = "rollout_share")
    public BigDecimal rolloutShare;

    @Column(name = "rollout_start")
    public LocalDate rolloutStart;

    @Column(name = "rollout_opt_out")
    public Boolean rolloutOptOut;

    @Version
    public int version;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
