package com.example.portal.graphql;

import java.util.Optional;

/** Each feature that owns a Node type lets `node(id:)` fetch it by database id. */
public interface NodeResolver {

    String type();

    Optional<? extends Node> find(long id);

    /** Several objects at once; features with a batch query override this. */
    default java.util.Map<Long, ? extends Node> findAll(java.util.Collection<Long> ids) {
        java.util.Map<Long, Node> found = new java.util.HashMap<>();
        ids.forEach(id -> find(id).ifPresent(node -> found.put(id, node)));
        return found;
    }
}
