package com.example.portal.database;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.example.portal.graphql.BadRequestException;
import com.example.portal.graphql.DeleteInput;
import com.example.portal.graphql.DeletePayload;
import com.example.portal.graphql.GlobalId;
import com.example.portal.graphql.InputCheck;
import com.example.portal.graphql.MutationPayload;
import com.example.portal.graphql.Node;
import com.example.portal.graphql.NodeResolver;
import com.example.portal.graphql.UserError;
import com.example.portal.graphql.UserErrorCode;
import com.example.portal.graphql.WriteTransaction;

/**
 * What every service of slugged, versioned objects does the same way: fetch one by global id or by slug and several
 * by ids (only those the caller may read), resolve slugs to ids, create with a slug no other object has, load the
 * object an update names at the version the client read, delete, and create-or-update by slug for the content
 * import. A feature's service extends it with its entity and API type and keeps what is its own: validation, the
 * mapping, lists and the fields an update changes.
 *
 * @param <E> the entity
 * @param <T> the API type
 */
public abstract class SluggedService<E extends SluggedEntity, T extends Node> implements NodeResolver {

    @Inject
    protected WriteTransaction writes;

    private final String type;
    private final String what;
    /** The feature's repository and its mapping, for the queries a subclass adds. */
    protected final SluggedRepository<E> rows;
    protected final Function<E, T> toApi;

    /**
     * @param type the GraphQL type of global ids
     * @param what the object in messages ("No {what} has this id.", "The {what} is at version …")
     * @param rows the feature's repository
     * @param toApi maps a row to what the API returns
     */
    protected SluggedService(String type, String what, SluggedRepository<E> rows, Function<E, T> toApi) {
        this.type = type;
        this.what = what;
        this.rows = rows;
        this.toApi = toApi;
    }

    /** For the client proxy the container makes; it delegates every call, so it needs none of the fields. */
    protected SluggedService() {
        this(null, null, null, null);
    }

    @Override
    public String type() {
        return type;
    }

    /** Whether the caller may read this object; every object unless a feature restricts its readers. */
    protected boolean readable(E entity) {
        return true;
    }

    @Override
    @Transactional
    public Optional<T> find(long id) {
        return rows.findByIdOptional(id).filter(this::readable).map(toApi);
    }

    /**
     * What a lookup query such as {@code product(id, slug)} answers: the object of this global id or slug, null when
     * there is none or the caller may not read it. Exactly one of the two must be given, else BAD_REQUEST.
     */
    @Transactional
    public T lookup(String id, String slug) {
        if ((id == null) == (slug == null)) {
            throw new BadRequestException("Give exactly one of the arguments 'id' and 'slug'.");
        }
        return find(id, slug).orElse(null);
    }

    /** One object by global id or, when that is null, by slug. */
    @Transactional
    public Optional<T> find(String id, String slug) {
        if (id != null) {
            return GlobalId.decode(id, type).flatMap(this::find);
        }
        return rows.findBySlug(slug).filter(this::readable).map(toApi);
    }

    @Override
    public Map<Long, T> findAll(Collection<Long> ids) {
        return byIds(ids);
    }

    /** The objects of these ids that exist and the caller may read, by id, in one query. */
    @Transactional
    public Map<Long, T> byIds(Collection<Long> ids) {
        return rows.findByIds(ids).stream().filter(this::readable).collect(Collectors.toMap(e -> e.id, toApi));
    }

    /** Database ids of the given slugs; unknown slugs are absent from the map. */
    @Transactional
    public Map<String, Long> idsBySlugs(Collection<String> slugs) {
        return rows.idsBySlugs(slugs);
    }

    /**
     * Creates an object in a write of its own: {@code validated} checks the input into the check and returns how to fill
     * the new row; a slug another object has is refused as DUPLICATE ("{subject} with slug … already exists."); a
     * refused input stores nothing. {@code created} makes the payload from the stored row, inside the transaction.
     */
    protected <P extends MutationPayload> P create(String slug, String subject, Supplier<E> newRow, Function<InputCheck, Consumer<E>> validated,
            Function<E, P> created, Supplier<P> payloadType) {
        return writes.run(() -> {
            InputCheck check = new InputCheck("input");
            Consumer<E> fill = validated.apply(check);
            if (slug != null && rows.findBySlug(slug).isPresent()) {
                check.add(UserErrorCode.DUPLICATE, subject + " with slug \"" + slug + "\" already exists.", "slug");
            }
            check.throwIfInvalid();
            E entity = newRow.get();
            entity.slug = slug;
            fill.accept(entity);
            rows.persistAndFlush(entity);
            return created.apply(entity);
        }, payloadType);
    }

    /**
     * The object an update names, when it exists and is at the version the client read; otherwise the write stops with
     * NOT_FOUND or STALE_VERSION on the input's id or version.
     */
    protected E load(String id, int version, InputCheck check) {
        E entity = check.existing(GlobalId.decode(id, type).flatMap(rows::findByIdOptional), what);
        check.sameVersion(entity.version, version, what);
        return entity;
    }

    /**
     * Changes an object in a write of its own: it must exist and be at the version the client read ({@link #load});
     * {@code change} checks the input into the check and returns what applies it and makes the payload, which runs
     * only when nothing was refused.
     */
    protected <P extends MutationPayload> P update(String id, int version, BiFunction<E, InputCheck, Supplier<P>> change,
            Supplier<P> payloadType) {
        return writes.run(() -> {
            InputCheck check = new InputCheck("input");
            Supplier<P> apply = change.apply(load(id, version, check), check);
            check.throwIfInvalid();
            return apply.get();
        }, payloadType);
    }

    /** Deletes the object a delete input names, when it exists and is at the version the client read. */
    public DeletePayload delete(DeleteInput input) {
        return writes.delete(input, type, what, rows, e -> e.version);
    }

    /**
     * Creates or updates the object with this slug inside the caller's transaction (the content importer's):
     * {@code validated} checks the input and returns how to fill the row. Returns the problems and writes nothing when
     * there are any; {@code fill} writes only what differs, so an unchanged object keeps its version.
     */
    protected List<UserError> upsert(String slug, Supplier<E> newRow, Function<InputCheck, Consumer<E>> validated) {
        InputCheck check = new InputCheck();
        Consumer<E> fill = validated.apply(check);
        if (check.hasErrors()) {
            return check.errors();
        }
        E entity = rows.findBySlug(slug).orElseGet(newRow);
        fill.accept(entity);
        if (entity.id == null) {
            entity.slug = slug;
            rows.persist(entity);
        }
        return List.of();
    }
}
