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

    /**
     * A digest of every term's id and version: it changes with any insert, update or delete, whichever replica made
     * it, and costs one small query instead of loading the glossary.
     */
    public String fingerprint() {
        return (String) getEntityManager()
                .createNativeQuery("select md5(coalesce(string_agg(id || ':' || version, ',' order by id), '')) from glossary_term")
                .getSingleResult();
    }
}
