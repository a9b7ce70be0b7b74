package com.example.portal.segments;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.portal.database.SluggedRepository;

@ApplicationScoped
public class SegmentRepository implements SluggedRepository<SegmentEntity> {
}
