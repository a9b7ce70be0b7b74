package com.example.portal.cards;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class PendingRevisionRepository implements PanacheRepositoryBase<PendingRevisionEntity, Long> {
}
