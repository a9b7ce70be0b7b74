package com.example.portal.segments;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class SegmentRepository implements PanacheRepository<SegmentEntity> {

    public Optional<SegmentEntity> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public List<SegmentEntity> findBySlugs(Collection<String> slugs) {
        return slugs.isEmpty() ? List.of() : list("slug in ?1", slugs);
    }
}
