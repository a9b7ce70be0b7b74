package com.example.portal.graphql;

/** Fetching one object by global id or by slug: exactly one of them must be given. */
public final class Lookup {

    private Lookup() {
    }

    public static void requireOne(String id, String slug) {
        if ((id == null) == (slug == null)) {
            throw new BadRequestException("Give exactly one of the arguments 'id' and 'slug'.");
        }
    }
}
