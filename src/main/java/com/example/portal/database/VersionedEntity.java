package com.example.portal.database;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * The columns every editable row has: a database id, the optimistic-lock version a client must send back with an
 * update or delete (a stale one is refused with STALE_VERSION), and when the row was created and last changed
 * ({@link TimestampedEntity}).
 */
@MappedSuperclass
public abstract class VersionedEntity extends TimestampedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Version
    public int version;
}
