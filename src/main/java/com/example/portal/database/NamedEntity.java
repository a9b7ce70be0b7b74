package com.example.portal.database;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * A slugged row people know by a name and read about in a plain-language description: the columns {@code name} and
 * {@code description} (empty, never null, when there is none), declared once for every table that has both.
 */
@MappedSuperclass
public abstract class NamedEntity extends SluggedEntity {

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String description = "";
}
