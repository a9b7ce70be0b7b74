package com.example.portal.glossary;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import com.example.portal.database.SluggedEntity;

@Entity
@Table(name = "glossary_term")
public class GlossaryTermEntity extends SluggedEntity {

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
}
