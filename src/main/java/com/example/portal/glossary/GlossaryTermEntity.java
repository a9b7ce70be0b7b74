package com.example.portal.glossary;

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
import jakarta.persistence.Version;

import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "glossary_term")
public class GlossaryTermEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true, updatable = false)
    public String slug;

    @Column(nullable = false)
    public String term;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> aliases = new ArrayList<>();

    @Column(nullable = false)
    public String definition;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public GlossaryTermKind kind;

    public String formula;

    @Column(name = "owner_team")
    public String ownerTeam;

    @Column(nullable = false)
    public boolean discouraged;

    /** Term and aliases, lower-cased here rather than by the database, whose locale may not know Cyrillic. */
    @Column(name = "search_text", nullable = false)
    public String searchText = "";

    @Version
    public int version;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
