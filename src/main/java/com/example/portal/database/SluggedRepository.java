package com.example.portal.database;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

/**
 * The queries every table of slugged rows answers the same way. A feature's repository implements this for its
 * entity (Panache fills in the entity class) and adds only the queries that are its own.
 */
public interface SluggedRepository<E extends SluggedEntity> extends PanacheRepository<E> {

    default Optional<E> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    default List<E> findBySlugs(Collection<String> slugs) {
        return slugs.isEmpty() ? List.of() : list("slug in ?1", slugs);
    }

    /** Database ids of the given slugs; unknown slugs are absent from the map. */
    default Map<String, Long> idsBySlugs(Collection<String> slugs) {
        return findBySlugs(slugs).stream().collect(Collectors.toMap(e -> e.slug, e -> e.id));
    }

    /** The rows of these ids that exist, in one query. */
    default List<E> findByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }
}
