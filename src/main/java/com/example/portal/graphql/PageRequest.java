package com.example.portal.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.BiFunction;

/** The `first`/`after` arguments of a connection, turned into an offset and a limit. */
public record PageRequest(int offset, int limit) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    private static final String PREFIX = "o:";

    public static PageRequest of(Integer first, String after) {
        int size = first == null ? DEFAULT_SIZE : first;
        if (size < 0 || size > MAX_SIZE) {
            throw new BadRequestException("Argument 'first' must be between 0 and " + MAX_SIZE + ", got " + size + ".");
        }
        int offset = after == null || after.isEmpty() ? 0 : decode(after) + 1;
        return new PageRequest(offset, size);
    }

    public static String cursor(int position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + position).getBytes(StandardCharsets.UTF_8));
    }

    private static int decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (raw.startsWith(PREFIX)) {
                int position = Integer.parseInt(raw.substring(PREFIX.length()));
                if (position >= 0) {
                    return position;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below
        }
        throw new BadRequestException("Argument 'after' is not a cursor returned by this connection.");
    }

    /** This page of a list whose items were found for it, the list having {@code total} items in all. */
    public <T> Page<T> of(List<T> items, long total) {
        return new Page<>(this, items, total);
    }

    /** This page of a list held in memory whole. */
    public <T> Page<T> slice(List<T> all) {
        return of(all.stream().skip(offset).limit(limit).toList(), all.size());
    }

    /** Builds the edges of a page with their cursors, and the page info. */
    public <T, E> List<E> edges(List<T> items, BiFunction<T, String, E> edge) {
        return java.util.stream.IntStream.range(0, items.size())
                .mapToObj(i -> edge.apply(items.get(i), cursor(offset + i)))
                .toList();
    }

    public PageInfo pageInfo(int returned, long total) {
        return new PageInfo(offset + returned < total, offset > 0,
                returned == 0 ? null : cursor(offset), returned == 0 ? null : cursor(offset + returned - 1));
    }
}
