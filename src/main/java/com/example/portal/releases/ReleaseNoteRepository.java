package com.example.portal.releases;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.portal.database.SluggedRepository;

@ApplicationScoped
public class ReleaseNoteRepository implements SluggedRepository<ReleaseNoteEntity> {
}
