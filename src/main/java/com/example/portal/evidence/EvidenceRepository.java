package com.example.portal.evidence;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class EvidenceRepository implements PanacheRepository<EvidenceEntity> {

    public Optional<EvidenceEntity> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }
}
