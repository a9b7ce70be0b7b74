package com.example.portal.pitch;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.example.portal.graphql.DeleteInput;
import com.example.portal.graphql.DeletePayload;
import com.example.portal.graphql.GlobalId;
import com.example.portal.graphql.InputCheck;
import com.example.portal.graphql.PageRequest;
import com.example.portal.graphql.StoredPayload;
import com.example.portal.graphql.UserErrorCode;
import com.example.portal.graphql.WriteTransaction;
import com.example.portal.pitch.api.SaveClientProfileInput;
import com.example.portal.pitch.api.SavedClientProfile;
import com.example.portal.pitch.api.SavedClientProfileConnection;
import com.example.portal.pitch.api.SavedClientProfilePayload;
import com.example.portal.security.Caller;

/**
 * Client profiles saved under a name, each user's own: every read and write is scoped to the caller, so another
 * user's profile is as absent as one that never existed.
 */
@ApplicationScoped
public class SavedProfileService {

    static final int NAME_MAX = 100;
    /** Enough for a rep's accounts; a list this long belongs on the account-lists page. */
    static final int PER_USER_MAX = 500;

    @Inject
    SavedProfileRepository profiles;

    @Inject
    PitchService pitch;

    @Inject
    WriteTransaction writes;

    @Inject
    Caller caller;

    @Transactional
    public SavedClientProfileConnection list(PageRequest page) {
        String owner = caller.name();
        return new SavedClientProfileConnection(page.of(profiles.page(owner, page.offset(), page.limit()).stream()
                .map(SavedProfileMapper.INSTANCE::toApi).toList(), profiles.countOf(owner)));
    }

    /** Saves the profile under its name, replacing the caller's profile of that name if there is one. */
    public SavedClientProfilePayload save(SaveClientProfileInput input) {
        String owner = caller.name();
        return writes.run(() -> {
            InputCheck check = new InputCheck("input");
            String name = input.name == null ? null : input.name.strip();
            check.required(name, NAME_MAX, "name");
            ClientProfile profile = pitch.profile(input.profile,
                    (field, message) -> check.add(UserErrorCode.INVALID, "The " + field + " " + message, "profile", field));
            SavedProfileEntity entity = name == null ? null : profiles.findOwnByName(owner, name).orElse(null);
            if (entity == null && profiles.countOf(owner) >= PER_USER_MAX) {
                check.add(UserErrorCode.INVALID, "You already have " + PER_USER_MAX
                        + " saved profiles, the most allowed: delete one you no longer need first.", "name");
            }
            check.throwIfInvalid();
            if (entity == null) {
                entity = new SavedProfileEntity();
                entity.owner = owner;
                entity.name = name;
            }
            entity.employees = profile.employees();
            entity.industry = profile.industry();
            entity.productsOwned = profile.productsOwned() == null ? null : new ArrayList<>(profile.productsOwned());
            entity.metrics.clear();
            for (Map.Entry<String, BigDecimal> metric : profile.metrics().entrySet()) {
                entity.metrics.add(new SavedMetricValue(metric.getKey(), metric.getValue()));
            }
            profiles.persistAndFlush(entity);
            return StoredPayload.of(SavedClientProfilePayload::new, SavedProfileMapper.INSTANCE.toApi(entity));
        }, SavedClientProfilePayload::new);
    }

    public DeletePayload delete(DeleteInput input) {
        String owner = caller.name();
        return writes.run(() -> {
            InputCheck check = new InputCheck("input");
            SavedProfileEntity entity = check.existing(
                    GlobalId.decode(input.id, SavedClientProfile.TYPE).flatMap(id -> profiles.findOwn(owner, id)), "saved profile of yours");
            check.sameVersion(entity.version, input.version, "saved profile");
            profiles.delete(entity);
            return DeletePayload.deleted(input.id);
        }, DeletePayload::refused);
    }
}
