package com.example.portal.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** Opaque global ids: base64url of "Type:databaseId", so clients never build or parse them. */
public record GlobalId(String type, long id) {

    public static String encode(String type, long id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((type + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    public static Optional<GlobalId> decode(String value) {
        if (value == null || value.isBlank() || value.length() > 200) {
            return Optional.empty();
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
            int colon = raw.indexOf(':');
            if (colon <= 0) {
                return Optional.empty();
            }
            return Optional.of(new GlobalId(raw.substring(0, colon), Long.parseLong(raw.substring(colon + 1))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The database id when the global id is of the expected type. */
    public static Optional<Long> decode(String value, String expectedType) {
        return decode(value).filter(id -> id.type().equals(expectedType)).map(GlobalId::id);
    }
}
