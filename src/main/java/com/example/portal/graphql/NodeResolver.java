package com.example.portal.graphql;

import java.util.Optional;

/** Each feature that owns a Node type lets `node(id:)` fetch it by database id. */
public interface NodeResolver {

    String type();

    Optional<? extends Node> find(long id);
}
