package com.example.portal.graphql.limits;

/**
 * How many tokens a GraphQL document has, counted without parsing it, so an oversized document is refused before
 * the parser spends time and memory on it.
 * <ul>
 * <li>{@code tokens}: what the grammar reads: names, numbers, strings (a block string is one token), punctuators
 * ({@code {}, {@code :}, {@code ...}, ...).</li>
 * <li>{@code whitespace}: what it ignores: one per space, tab, line break, comma or byte order mark, as graphql-java
 * counts its "whitespace tokens", plus one per comment.</li>
 * </ul>
 */
public record DocumentTokens(int tokens, int whitespace) {

    public static DocumentTokens count(String document) {
        int tokens = 0;
        int whitespace = 0;
        int i = 0;
        int length = document.length();
        while (i < length) {
            char c = document.charAt(i);
            if (isIgnoredCharacter(c)) {
                whitespace++;
                i++;
            } else if (c == '#') {
                whitespace++;
                i = endOfLine(document, i);
            } else if (c == '"') {
                tokens++;
                i = document.startsWith("\"\"\"", i) ? endOfBlockString(document, i + 3) : endOfString(document, i + 1);
            } else if (isNameStart(c)) {
                tokens++;
                i++;
                while (i < length && (isNameStart(document.charAt(i)) || isDigit(document.charAt(i)))) {
                    i++;
                }
            } else if (isDigit(c) || c == '-') {
                tokens++;
                i = endOfNumber(document, i + 1);
            } else if (document.startsWith("...", i)) {
                tokens++;
                i += 3;
            } else {
                // a punctuator, or a character the parser will reject
                tokens++;
                i++;
            }
        }
        return new DocumentTokens(tokens, whitespace);
    }

    private static boolean isIgnoredCharacter(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == '\uFEFF' || c == '\u2028' || c == '\u2029';
    }

    private static boolean isNameStart(char c) {
        return c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** After a number's digits, fraction and exponent ("-1.5e+3"). */
    private static int endOfNumber(String document, int from) {
        int i = digits(document, from);
        if (i + 1 < document.length() && document.charAt(i) == '.' && isDigit(document.charAt(i + 1))) {
            i = digits(document, i + 1);
        }
        if (i < document.length() && (document.charAt(i) == 'e' || document.charAt(i) == 'E')) {
            i++;
            if (i < document.length() && (document.charAt(i) == '+' || document.charAt(i) == '-')) {
                i++;
            }
            i = digits(document, i);
        }
        return i;
    }

    private static int digits(String document, int from) {
        int i = from;
        while (i < document.length() && isDigit(document.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int endOfLine(String document, int from) {
        int i = from;
        while (i < document.length() && document.charAt(i) != '\n' && document.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    /** After the closing quote; a string cannot span lines, so an unterminated one ends at the line break. */
    private static int endOfString(String document, int from) {
        int i = from;
        while (i < document.length()) {
            char c = document.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '"') {
                return i + 1;
            } else if (c == '\n' || c == '\r') {
                return i;
            } else {
                i++;
            }
        }
        return document.length();
    }

    /** After the closing triple quote; {@code \"""} is an escaped triple quote inside the string. */
    private static int endOfBlockString(String document, int from) {
        int i = from;
        while (i < document.length()) {
            if (document.startsWith("\\\"\"\"", i)) {
                i += 4;
            } else if (document.startsWith("\"\"\"", i)) {
                return i + 3;
            } else {
                i++;
            }
        }
        return document.length();
    }
}
