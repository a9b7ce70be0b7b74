package com.example.portal.database;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import com.example.portal.graphql.OrderDirection;
import com.example.portal.graphql.Page;
import com.example.portal.graphql.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

/**
 * One list query of a feature's rows: the conditions its filter adds, its order, and then one page of the matching rows
 * with how many match over all pages. Conditions and orders name properties through the alias given here.
 */
public final class ListQuery {

    private final String from;
    private final String alias;
    private final StringBuilder where = new StringBuilder("1 = 1");
    private final Map<String, Object> params = new HashMap<>();
    private String orderBy;

    /** @param entity the entity's name in JPQL; {@code alias} names its rows in conditions and orders */
    public ListQuery(String entity, String alias) {
        this.from = entity + " " + alias;
        this.alias = alias;
        this.orderBy = alias + ".id";
    }

    /** A property of the listed rows as conditions name it, e.g. {@code cardId} as {@code e.cardId}. */
    public String property(String name) {
        return alias + "." + name;
    }

    /** Keeps only the rows that meet a condition with one named parameter. */
    public ListQuery and(String condition, String param, Object value) {
        where.append(" and ").append(condition);
        return with(param, value);
    }

    /** Binds another parameter of the last condition. */
    public ListQuery with(String param, Object value) {
        params.put(param, value);
        return this;
    }

    /**
     * Orders by the property an order field names, in camel case (an {@code *OrderField}'s {@code LAST_VERIFIED_AT}
     * orders by {@code lastVerifiedAt}), or by the expression {@code expressions} gives for it (e.g. {@code lower(t.term)}).
     */
    public <F extends Enum<F>> ListQuery orderBy(F field, OrderDirection direction, Map<F, String> expressions) {
        return orderBy(expressions.getOrDefault(field, property(camelCase(field.name()))), direction);
    }

    /**
     * Orders by an expression, rows without a value last, then by id the same way: no two rows tie, so pages neither
     * overlap nor skip rows.
     */
    public ListQuery orderBy(String expression, OrderDirection direction) {
        String way = direction == OrderDirection.DESC ? " desc" : " asc";
        orderBy = expression + way + " nulls last, " + alias + ".id" + way;
        return this;
    }

    /** The page's rows mapped to the API, and how many rows match over all pages. */
    public <E, T> Page<T> page(PanacheRepository<E> rows, PageRequest page, Function<E, T> toApi) {
        long total = rows.count("select count(" + alias + ") from " + from + " where " + where, params);
        List<T> items = page.limit() == 0 ? List.of()
                : rows.find("from " + from + " where " + where + " order by " + orderBy, params)
                        .range(page.offset(), page.offset() + page.limit() - 1).list().stream().map(toApi).toList();
        return page.of(items, total);
    }

    private static String camelCase(String constant) {
        StringBuilder name = new StringBuilder();
        for (String word : constant.toLowerCase(Locale.ROOT).split("_")) {
            name.append(name.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return name.toString();
    }
}
