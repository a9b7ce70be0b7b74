package com.example.portal.graphql;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Collects every problem of one input, so a client learns all of them at once. */
public final class InputCheck {

    public static final int SLUG_MAX = 80;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final List<String> root;
    private final List<UserError> errors = new ArrayList<>();

    public InputCheck(String... root) {
        this.root = List.of(root);
    }

    public List<String> path(Object... parts) {
        return Stream.concat(root.stream(), Stream.of(parts).map(String::valueOf)).toList();
    }

    public InputCheck add(UserErrorCode code, String message, Object... field) {
        errors.add(new UserError(path(field), message, code));
        return this;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public List<UserError> errors() {
        return List.copyOf(errors);
    }

    /** Rolls the surrounding write back with every problem found so far. */
    public void throwIfInvalid() {
        if (hasErrors()) {
            throw new InvalidInputException(errors);
        }
    }

    /** The object a mutation targets, or the NOT_FOUND refusal when the id names none. */
    public <E> E existing(java.util.Optional<E> found, String what) {
        if (found.isEmpty()) {
            add(UserErrorCode.NOT_FOUND, "No " + what + " has this id.", "id");
            throwIfInvalid();
        }
        return found.get();
    }

    /** Refuses with STALE_VERSION when the client read an older version than the stored one. */
    public void sameVersion(int stored, int sent, String what) {
        if (stored != sent) {
            add(UserErrorCode.STALE_VERSION, "The " + what + " is at version " + stored + ", you sent " + sent
                    + ": reload it and apply your change again.", "version");
            throwIfInvalid();
        }
    }

    public boolean required(String value, int max, Object... field) {
        if (value == null || value.isBlank()) {
            add(UserErrorCode.REQUIRED, "Required: a non-blank text of at most " + max + " characters.", field);
            return false;
        }
        return maxLength(value, max, field);
    }

    public boolean maxLength(String value, int max, Object... field) {
        if (value != null && value.length() > max) {
            add(UserErrorCode.TOO_LONG, "Too long: " + value.length() + " characters, at most " + max + " allowed.", field);
            return false;
        }
        return true;
    }

    public void slug(String value, Object... field) {
        if (required(value, SLUG_MAX, field) && !SLUG.matcher(value).matches()) {
            add(UserErrorCode.INVALID, "A slug is lower-case latin letters and digits in words joined by single hyphens, "
                    + "e.g. \"call-tracking\"; got \"" + value + "\".", field);
        }
    }

    public void maxItems(Collection<?> values, int max, Object... field) {
        if (values != null && values.size() > max) {
            add(UserErrorCode.TOO_LONG, "Too many items: " + values.size() + ", at most " + max + " allowed.", field);
        }
    }

    /** Each text of a list: non-blank and not too long. */
    public void texts(List<String> values, int maxItems, int maxLength, Object... field) {
        if (values == null) {
            return;
        }
        maxItems(values, maxItems, field);
        for (int i = 0; i < values.size(); i++) {
            required(values.get(i), maxLength, append(field, i));
        }
    }

    /** Flags each item that repeats an earlier one; items are the same when their keys are (e.g. lower-cased ones). */
    public void distinct(List<String> values, Function<String, String> key, Object... field) {
        if (values == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (value != null && !value.isBlank() && !seen.add(key.apply(value))) {
                add(UserErrorCode.DUPLICATE, "\"" + value + "\" is listed more than once.", append(field, i));
            }
        }
    }

    public void nonNegative(Integer value, Object... field) {
        if (value != null && value < 0) {
            add(UserErrorCode.INVALID, "Must be 0 or more; got " + value + ".", field);
        }
    }

    public void between(Integer value, int min, int max, Object... field) {
        if (value != null && (value < min || value > max)) {
            add(UserErrorCode.INVALID, "Must be between " + min + " and " + max + "; got " + value + ".", field);
        }
    }

    public void percent(BigDecimal value, Object... field) {
        if (value != null && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0)) {
            add(UserErrorCode.INVALID, "A share in percent must be between 0 and 100; got " + value.toPlainString() + ".", field);
        }
    }

    public static Object[] append(Object[] field, Object part) {
        Object[] longer = java.util.Arrays.copyOf(field, field.length + 1);
        longer[field.length] = part;
        return longer;
    }
}
