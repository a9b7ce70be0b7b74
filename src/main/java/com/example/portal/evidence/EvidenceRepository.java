package com.example.portal.evidence;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.portal.database.SluggedRepository;

@ApplicationScoped
public class EvidenceRepository implements SluggedRepository<EvidenceEntity> {
}
