package com.example.portal.webui;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** How the web frontend signs people in when dev tokens are off: an OIDC provider and its public client. */
@ConfigMapping(prefix = "portal.ui.oidc")
public interface UiConfig {

    /** The provider's issuer URL; its discovery document names the authorization and token endpoints. */
    Optional<String> authority();

    /** A public client (no secret) allowed the authorization code flow with PKCE and the UI's redirect URI. */
    Optional<String> clientId();

    /** Scopes to ask for besides openid. */
    Optional<String> scope();
}
