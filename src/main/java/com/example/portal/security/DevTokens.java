package com.example.portal.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.jwt.build.Jwt;

/** Signs access tokens with the repository's dev key, shaped like the identity provider's (groups, audience). */
@ApplicationScoped
public class DevTokens {

    private final SecurityConfig.DevTokens config;
    private volatile PrivateKey key;

    DevTokens(SecurityConfig config) {
        this.config = config.devTokens();
    }

    public boolean enabled() {
        return config.enabled();
    }

    public String issue(String user, Collection<Role> roles) {
        if (!config.enabled()) {
            throw new IllegalStateException("Dev tokens are disabled.");
        }
        Set<String> groups = roles.stream().map(Role::claim).collect(Collectors.toCollection(java.util.TreeSet::new));
        return Jwt.issuer(config.issuer()).audience(config.audience()).subject(user).preferredUserName(user)
                .groups(groups).expiresIn(config.lifetime()).jws().keyId("portal-dev").sign(key());
    }

    private PrivateKey key() {
        if (key == null) {
            key = readPrivateKey(Path.of(config.signingKey()));
        }
        return key;
    }

    /** A PKCS#8 PEM private key ("BEGIN PRIVATE KEY"), RSA. */
    public static PrivateKey readPrivateKey(Path pem) {
        try {
            String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the dev signing key " + pem.toAbsolutePath(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Not an RSA PKCS#8 key: " + pem.toAbsolutePath(), e);
        }
    }
}
