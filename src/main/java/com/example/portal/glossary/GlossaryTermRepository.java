package com.example.portal.glossary;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.portal.database.SluggedRepository;

@ApplicationScoped
public class GlossaryTermRepository implements SluggedRepository<GlossaryTermEntity> {

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
