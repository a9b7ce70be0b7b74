package com.example.portal.security;

/** The public half of config/dev-oidc/signing-key.pem, committed and so known to everyone: never trust it in production. */
final class DevSigningKey {

    static final String PUBLIC_KEY = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAoG53XHHmHybOXxOTkCsWYnzKAHwl1xHR4VwfhGzhbAE7zJEUFLmcWx2Q0l3OplIVBxjGfF3c1A3ptp7nwTogpettmedG/Su3lk3Lt1I1HmV/SLJJbHbaxnfUhgKSW/+O9fK+3RlSjnoYG/s68iklBNEHcwJXzt8VLSBjh18ejU4vKXjhvOLgV1eeWKUTGFVBgWJe/iACbChidM+1MxmPdYTqQM1PeF7Ig46OhcaeDgMoP+u3F+XV8ZUmCEanI+eacvKBDb/4xyqO7jt8QWB8hCM/sUPhSoRHUjS9cfR+mcLVLnIgLM0wplwXwAu4q+F/KkKBQZBgLxVFfaU2nU4i7wIDAQAB";

    private DevSigningKey() {
    }
}
