package com.example.portal.cards;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class CardRevisionRepository implements PanacheRepository<CardRevisionEntity> {

    public Optional<CardRevisionEntity> latest(long cardId) {
        return find("cardId = ?1 order by number desc", cardId).firstResultOptional();
    }

    public Optional<CardRevisionEntity> byNumber(long cardId, int number) {
        return find("cardId = ?1 and number = ?2", cardId, number).firstResultOptional();
    }
}
