package com.example.portal.releases;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class ReleaseNoteRepository implements PanacheRepository<ReleaseNoteEntity> {

    public Optional<ReleaseNoteEntity> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }
}
