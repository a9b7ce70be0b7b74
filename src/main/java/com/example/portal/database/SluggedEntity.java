package com.example.portal.database;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** Content a person names in URLs, files and other content: a slug, fixed once created (links and files use it). */
@MappedSuperclass
public abstract class SluggedEntity extends VersionedEntity {

    @Column(nullable = false, unique = true, updatable = false)
    public String slug;
}
