package com.example.portal.segments;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import com.example.portal.database.NamedEntity;

@Entity
@Table(name = "segment")
public class SegmentEntity extends NamedEntity {

    @Column(name = "size_min")
    public Integer sizeMin;

    @Column(name = "size_max")
    public Integer sizeMax;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> industries = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "segment_product", joinColumns = @JoinColumn(name = "segment_id"))
    public Set<ProductLinkValue> productLinks = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "segment_metric_condition", joinColumns = @JoinColumn(name = "segment_id"))
    @OrderColumn(name = "position")
    public List<MetricConditionValue> metricConditions = new ArrayList<>();
}
