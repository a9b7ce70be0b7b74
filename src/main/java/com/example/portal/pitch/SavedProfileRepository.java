package com.example.portal.pitch;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

/** Saved client profiles; every query is of one owner's. */
@ApplicationScoped
public class SavedProfileRepository implements PanacheRepository<SavedProfileEntity> {

    public List<SavedProfileEntity> page(String owner, int offset, int limit) {
        return limit == 0 ? List.of()
                : find("owner", Sort.by("name").and("id"), owner).range(offset, offset + limit - 1).list();
    }

    public long countOf(String owner) {
        return count("owner", owner);
    }

    public Optional<SavedProfileEntity> findOwn(String owner, long id) {
        return find("owner = ?1 and id = ?2", owner, id).firstResultOptional();
    }

    public Optional<SavedProfileEntity> findOwnByName(String owner, String name) {
        return find("owner = ?1 and name = ?2", owner, name).firstResultOptional();
    }
}
