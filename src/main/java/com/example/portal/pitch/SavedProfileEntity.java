package com.example.portal.pitch;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import com.example.portal.database.VersionedEntity;

/** A client profile a user saved under a name (V6). Null fields are unknown, as in the pitch query. */
@Entity
@Table(name = "saved_client_profile")
public class SavedProfileEntity extends VersionedEntity {

    /** The token's principal of the user who saved it; nobody else reads it. */
    @Column(nullable = false, updatable = false)
    public String owner;

    @Column(nullable = false)
    public String name;

    public Integer employees;

    public String industry;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "products_owned")
    public List<String> productsOwned;

    @ElementCollection
    @CollectionTable(name = "saved_client_profile_metric", joinColumns = @JoinColumn(name = "profile_id"))
    @OrderColumn(name = "position")
    public List<SavedMetricValue> metrics = new ArrayList<>();
}
