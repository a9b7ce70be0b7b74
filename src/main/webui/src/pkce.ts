// OIDC authorization code flow with PKCE (RFC 7636) for a public client: no secret in the browser.

export function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A code verifier of 43 characters from 32 random bytes. */
export function createVerifier(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  return base64url(random(new Uint8Array(32)));
}

/** The S256 code challenge: base64url of the verifier's SHA-256. */
export async function challengeFor(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64url(new Uint8Array(digest));
}

export interface AuthorizationRequest {
  authorizationEndpoint: string;
  clientId: string;
  redirectUri: string;
  scope: string;
  state: string;
  challenge: string;
}

export function authorizationUrl(r: AuthorizationRequest): string {
  const url = new URL(r.authorizationEndpoint);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', r.clientId);
  url.searchParams.set('redirect_uri', r.redirectUri);
  url.searchParams.set('scope', r.scope);
  url.searchParams.set('state', r.state);
  url.searchParams.set('code_challenge', r.challenge);
  url.searchParams.set('code_challenge_method', 'S256');
  return url.toString();
}

export function tokenRequestBody(code: string, verifier: string, clientId: string, redirectUri: string): URLSearchParams {
  return new URLSearchParams({ grant_type: 'authorization_code', code, code_verifier: verifier, client_id: clientId, redirect_uri: redirectUri });
}

/** Silent renewal (RFC 6749 §6): a new access token for the refresh token the provider gave at sign-in. */
export function refreshRequestBody(refreshToken: string, clientId: string): URLSearchParams {
  return new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken, client_id: clientId });
}

/**
 * Whether a JWT access token expires within `marginSeconds` of `nowSeconds`, read from its `exp` claim without
 * checking the signature (the API does that); a token that is no JWT or has no `exp` is taken as not expiring.
 */
export function expiresWithin(token: string, nowSeconds: number, marginSeconds: number): boolean {
  const payload = token.split('.')[1];
  if (!payload) return false;
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(payload.length / 4) * 4, '='));
    const exp = (JSON.parse(json) as { exp?: unknown }).exp;
    return typeof exp === 'number' && exp - nowSeconds <= marginSeconds;
  } catch {
    return false;
  }
}
