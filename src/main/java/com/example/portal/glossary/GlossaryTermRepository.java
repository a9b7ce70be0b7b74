package com.example.portal.glossary;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class GlossaryTermRepository implements PanacheRepository<GlossaryTermEntity> {

    public Optional<GlossaryTermEntity> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public List<GlossaryTermEntity> findBySlugs(Collection<String> slugs) {
        return slugs.isEmpty() ? List.of() : list("slug in ?1", slugs);
    }
}
