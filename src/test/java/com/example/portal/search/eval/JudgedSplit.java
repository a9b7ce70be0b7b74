package com.example.portal.search.eval;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;

/**
 * Which judged queries are held out: a third of them, chosen by the query text alone, so the split does not depend on
 * the file a query is in, on the order of the files or on who wrote it. A query is held out when the first four bytes
 * of the SHA-256 of its text (trimmed, lower case, UTF-8), read as a big-endian int, are divisible by 3. Ranking is
 * tuned on the rest (the dev split) only.
 */
public final class JudgedSplit {

    private JudgedSplit() {
    }

    public static boolean heldOut(JudgedQuery query) {
        byte[] hash = sha256(query.query().strip().toLowerCase(Locale.ROOT));
        int first = ((hash[0] & 0xff) << 24) | ((hash[1] & 0xff) << 16) | ((hash[2] & 0xff) << 8) | (hash[3] & 0xff);
        return Math.floorMod(first, 3) == 0;
    }

    public static List<JudgedQuery> dev(List<JudgedQuery> all) {
        return all.stream().filter(query -> !heldOut(query)).toList();
    }

    public static List<JudgedQuery> heldOut(List<JudgedQuery> all) {
        return all.stream().filter(JudgedSplit::heldOut).toList();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
