package com.example.portal.graphql;

/** Fired after a write transaction commits, so read models (the search index) can catch up before the reply. */
public record WriteCommitted() {
}
