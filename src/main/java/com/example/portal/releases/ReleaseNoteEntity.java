package com.example.portal.releases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import com.example.portal.database.SluggedEntity;

@Entity
@Table(name = "release_note")
public class ReleaseNoteEntity extends SluggedEntity {

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
}
