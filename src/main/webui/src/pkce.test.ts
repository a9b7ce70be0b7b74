import { describe, expect, it } from 'vitest';
import { authorizationUrl, base64url, challengeFor, createVerifier, expiresWithin, refreshRequestBody, tokenRequestBody } from './pkce';

describe('PKCE', () => {
  it('derives the S256 challenge of RFC 7636, appendix B', async () => {
    expect(await challengeFor('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('makes verifiers of 43 URL-safe characters', () => {
    const verifier = createVerifier();
    expect(verifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(createVerifier()).not.toBe(verifier);
    expect(base64url(new Uint8Array([251, 255]))).toBe('-_8');
  });

  it('asks for the code with the challenge and state', () => {
    const url = new URL(authorizationUrl({
      authorizationEndpoint: 'https://id.example.com/auth?kc_idp_hint=x', clientId: 'portal-web', redirectUri: 'https://portal/signin',
      scope: 'openid', state: 's1', challenge: 'c1',
    }));
    expect(Object.fromEntries(url.searchParams)).toEqual({
      kc_idp_hint: 'x', response_type: 'code', client_id: 'portal-web', redirect_uri: 'https://portal/signin', scope: 'openid',
      state: 's1', code_challenge: 'c1', code_challenge_method: 'S256',
    });
  });

  it('trades the code with the verifier and no secret', () => {
    const body = tokenRequestBody('code1', 'ver1', 'portal-web', 'https://portal/signin');
    expect(body.get('grant_type')).toBe('authorization_code');
    expect(body.get('code_verifier')).toBe('ver1');
    expect(body.has('client_secret')).toBe(false);
  });

  it('renews silently with the refresh token, and knows when the access token is about to expire', () => {
    expect(Object.fromEntries(refreshRequestBody('r-1', 'portal-web'))).toEqual({ grant_type: 'refresh_token', refresh_token: 'r-1', client_id: 'portal-web' });
    const jwt = (claims: object) => `e30.${base64url(new TextEncoder().encode(JSON.stringify(claims)))}.sig`;
    expect(expiresWithin(jwt({ exp: 1000 }), 950, 60)).toBe(true);
    expect(expiresWithin(jwt({ exp: 1000 }), 900, 60)).toBe(false);
    expect(expiresWithin(jwt({ sub: 'anna' }), 900, 60)).toBe(false);
    expect(expiresWithin('not-a-jwt', 900, 60)).toBe(false);
  });
});
