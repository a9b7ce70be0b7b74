package com.example.portal.database;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import com.example.portal.graphql.Node;
import com.example.portal.graphql.ReferenceCatalog;
import com.example.portal.graphql.ReferenceCatalogs;

/**
 * A {@link SluggedService} of reference objects (products, segments) that readers see from memory: the whole table in
 * a {@link ReferenceCatalog}, made once for the service. Only for objects without review state, as the catalog says.
 *
 * @param <E> the entity
 * @param <T> the API type
 */
public abstract class CatalogedService<E extends SluggedEntity, T extends Node> extends SluggedService<E, T> {

    @Inject
    protected ReferenceCatalogs catalogs;

    /** What readers see of the objects, in memory (no review state): see {@link ReferenceCatalog}. */
    private ReferenceCatalog<T> catalog;

    /** The arguments are {@link SluggedService}'s. */
    protected CatalogedService(String type, String what, SluggedRepository<E> rows, Function<E, T> toApi) {
        super(type, what, rows, toApi);
    }

    /** For the client proxy the container makes; it delegates every call, so it needs none of the fields. */
    protected CatalogedService() {
    }

    /** Called by the container once the service is made (public, as the container calls it from another package). */
    @PostConstruct
    public void createCatalog() {
        catalog = catalogs.create(() -> rows.listAll().stream()
                .collect(Collectors.toUnmodifiableMap(entity -> entity.id, toApi)));
    }

    /** The objects of these ids that exist, by id, as readers see them: from memory, at most a second old. */
    public Map<Long, T> forReaders(Collection<Long> ids) {
        return catalog.byIds(ids);
    }
}
