package com.example.portal.cards;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.portal.database.SluggedRepository;

@ApplicationScoped
public class FeatureCardRepository implements SluggedRepository<FeatureCardEntity> {
}
