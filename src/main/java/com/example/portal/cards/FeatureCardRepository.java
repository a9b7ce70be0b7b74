package com.example.portal.cards;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class FeatureCardRepository implements PanacheRepository<FeatureCardEntity> {

    public Optional<FeatureCardEntity> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public List<FeatureCardEntity> findBySlugs(Collection<String> slugs) {
        return slugs.isEmpty() ? List.of() : list("slug in ?1", slugs);
    }
}
