package com.example.portal.graphql;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
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
        items(values, maxItems, (value, i) -> required(value, maxLength, append(field, i)), field);
    }

    /**
     * A list of at most {@code maxItems} items, each checked by {@code each} with its index (for the item's path); a
     * list left out is not checked.
     */
    public <T> void items(List<T> values, int maxItems, ObjIntConsumer<T> each, Object... field) {
        if (values == null) {
            return;
        }
        maxItems(values, maxItems, field);
        for (int i = 0; i < values.size(); i++) {
            each.accept(values.get(i), i);
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
            add(UserErrorCode.INVALID, "A share in percent must be between 0 and 100; got " + shown(value) + ".", field);
        }
    }

    /**
     * A decimal that fits a {@code numeric(precision, scale)} column: less than 10^(precision - scale) in absolute
     * value (more decimals are rounded when stored, see {@link #rounded}). Compares exponents only, so a client's
     * {@code 1e999999999} costs nothing.
     */
    public boolean fitsNumeric(BigDecimal value, int precision, int scale, Object... field) {
        int integerDigits = precision - scale;
        if (value != null && value.signum() != 0 && value.precision() - value.scale() > integerDigits) {
            add(UserErrorCode.INVALID, "Must be above -10^" + integerDigits + " and below 10^" + integerDigits
                    + " (at most " + scale + " decimals are kept); got " + shown(value) + ".", field);
            return false;
        }
        return true;
    }

    /**
     * The value rounded half-up to {@code scale} decimals, as a numeric column keeps it. A value far below the last
     * decimal (e.g. {@code 1e-999999999}) is zero without the division {@link BigDecimal#setScale} would run.
     */
    public static BigDecimal rounded(BigDecimal value, int scale) {
        if (value == null) {
            return null;
        }
        if (value.scale() > scale && value.precision() - value.scale() < -scale - 1) {
            return BigDecimal.ZERO.setScale(scale);
        }
        return value.setScale(scale, java.math.RoundingMode.HALF_UP);
    }

    /** A number as a message shows it: scientific notation for extreme exponents, cut after 40 characters. */
    private static String shown(BigDecimal value) {
        String text = Math.abs((long) value.precision() - value.scale()) > 40 ? value.toString() : value.toPlainString();
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    public static Object[] append(Object[] field, Object part) {
        Object[] longer = java.util.Arrays.copyOf(field, field.length + 1);
        longer[field.length] = part;
        return longer;
    }
}
