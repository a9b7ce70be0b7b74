package com.example.portal.database;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/**
 * When a row was created and last changed, in the columns {@code created_at} and {@code updated_at} that every
 * editable table has; Hibernate fills both. A row without a version of its own (a pending edit, keyed by its card)
 * extends this directly, every other editable row through {@link VersionedEntity}.
 */
@MappedSuperclass
public abstract class TimestampedEntity {

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
