package com.example.portal.graphql;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;

import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Runs one mutation in its own transaction and turns every refusal into user errors of its payload:
 * validation problems, stale versions and constraint violations all roll the whole write back.
 */
@ApplicationScoped
public class WriteTransaction {

    @Inject
    Event<WriteCommitted> committed;

    /** A write whose refusals answer with an empty payload of the given type carrying the user errors. */
    public <P extends MutationPayload> P run(Supplier<P> work, Supplier<P> payloadType) {
        return run(work, errors -> MutationPayload.refused(payloadType, errors));
    }

    public <P> P run(Supplier<P> work, Function<List<UserError>, P> refused) {
        try {
            P payload = QuarkusTransaction.requiringNew().call(work::get);
            committed.fire(new WriteCommitted());
            return payload;
        } catch (InvalidInputException e) {
            return refused.apply(e.errors());
        } catch (RuntimeException e) {
            UserError error = toUserError(e);
            if (error == null) {
                throw e;
            }
            return refused.apply(List.of(error));
        }
    }

    /** Deletes the object a delete input names, when it exists and is at the version the client read. */
    public <E> DeletePayload delete(DeleteInput input, String type, String what, PanacheRepository<E> repository,
            ToIntFunction<E> version) {
        return delete(input, type, what, repository, version, entity -> {
        });
    }

    /** A delete that also tells others in the same transaction, e.g. that a card lost evidence. */
    public <E> DeletePayload delete(DeleteInput input, String type, String what, PanacheRepository<E> repository,
            ToIntFunction<E> version, java.util.function.Consumer<E> deleting) {
        return run(() -> {
            InputCheck check = new InputCheck("input");
            E entity = check.existing(GlobalId.decode(input.id, type).flatMap(repository::findByIdOptional), what);
            check.sameVersion(version.applyAsInt(entity), input.version, what);
            deleting.accept(entity);
            repository.delete(entity);
            repository.flush();
            return DeletePayload.deleted(input.id);
        }, DeletePayload::refused);
    }

    private static UserError toUserError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return new UserError(List.of("input", "version"),
                        "Someone changed this object since you read it: reload it and apply your change again.",
                        UserErrorCode.STALE_VERSION);
            }
            if (t instanceof ConstraintViolationException c && "23505".equals(c.getSQLState())) {
                return new UserError(List.of("input", "slug"), "Another object already uses this slug.",
                        UserErrorCode.DUPLICATE);
            }
            if (t instanceof ConstraintViolationException c && "23503".equals(c.getSQLState())) {
                return new UserError(List.of("input", "id"),
                        "This object is still used by other objects (cards, segments, evidence or release notes): "
                                + "remove those references first.",
                        UserErrorCode.IN_USE);
            }
        }
        return null;
    }
}
