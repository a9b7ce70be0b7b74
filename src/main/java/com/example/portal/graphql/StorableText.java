package com.example.portal.graphql;

/**
 * Characters PostgreSQL cannot store in a text column: NUL (U+0000), which it refuses, and an unpaired surrogate
 * (U+D800 to U+DFFF alone, possible in a JSON string), which the driver would silently store as "?".
 */
public final class StorableText {

    private StorableText() {
    }

    /** Why the text cannot be stored, or null when it can. */
    public static String problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return "Contains the NUL character (U+0000) at position " + (i + 1)
                        + ", which cannot be stored: remove it.";
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "Contains an unpaired surrogate (U+" + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT)
                        + ") at position " + (i + 1) + ", which is not a Unicode character: send valid UTF-8 text.";
            }
        }
        return null;
    }
}
