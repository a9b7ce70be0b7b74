// Sign-in: dev tokens (a role picker) in dev and test, otherwise OIDC authorization code flow with PKCE.
import { authorizationUrl, challengeFor, createVerifier, expiresWithin, refreshRequestBody, tokenRequestBody } from './pkce';

export interface UiConfig {
  devTokens: string | null;
  oidc?: { authority: string; clientId: string | null; scope: string | null };
}

// localStorage, so a link opened in a new tab (a shared search or pitch) needs no second sign-in.
const TOKEN = 'portal.token';
/** The provider's refresh token, when it gives one: the access token is renewed without a new sign-in. */
const REFRESH = 'portal.refresh';
const PKCE = 'portal.pkce';

let config: Promise<UiConfig> | null = null;

export function uiConfig(): Promise<UiConfig> {
  config ??= fetch('/ui-config.json', { headers: { Accept: 'application/json' } }).then((r) => {
    if (!r.ok) throw new Error(`ui-config ${r.status}`);
    return r.json() as Promise<UiConfig>;
  });
  return config;
}

export function token(): string | null {
  return localStorage.getItem(TOKEN);
}

export function signOut(): void {
  localStorage.removeItem(TOKEN);
  localStorage.removeItem(REFRESH);
}

let renewing: Promise<string | null> | null = null;

/**
 * The access token renewed through the provider's refresh token when it expires within a minute (silent
 * refresh), or null to use the stored one as it is: dev tokens and providers that give no refresh token make the
 * user sign in again when it expires. One renewal at a time, shared by the requests that wait for it.
 */
export function freshToken(): Promise<string | null> {
  const current = token();
  const refresh = localStorage.getItem(REFRESH);
  if (!current || !refresh || !expiresWithin(current, Date.now() / 1000, 60)) return Promise.resolve(null);
  renewing ??= renew(refresh).finally(() => { renewing = null; });
  return renewing;
}

async function renew(refresh: string): Promise<string | null> {
  try {
    const { oidc } = await uiConfig();
    if (!oidc?.clientId) return null;
    const endpoints = await discovery(oidc.authority);
    const response = await fetch(endpoints.token_endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: refreshRequestBody(refresh, oidc.clientId),
    });
    if (!response.ok) {
      localStorage.removeItem(REFRESH); // refused (expired session): the next 401 asks to sign in again
      return null;
    }
    storeTokens((await response.json()) as TokenResponse);
    return token();
  } catch {
    return null; // the provider is unreachable: try the stored token; the API says whether it still holds
  }
}

interface TokenResponse {
  access_token: string;
  refresh_token?: string;
}

function storeTokens(body: TokenResponse): void {
  localStorage.setItem(TOKEN, body.access_token);
  if (body.refresh_token) localStorage.setItem(REFRESH, body.refresh_token);
}

export async function signInWithDevToken(path: string, role: string, user: string): Promise<void> {
  const params = new URLSearchParams({ role });
  if (user.trim()) params.set('user', user.trim());
  const response = await fetch(`${path}?${params}`);
  if (!response.ok) throw new Error(await response.text());
  localStorage.removeItem(REFRESH);
  localStorage.setItem(TOKEN, (await response.text()).trim());
}

interface Discovery {
  authorization_endpoint: string;
  token_endpoint: string;
}

async function discovery(authority: string): Promise<Discovery> {
  const response = await fetch(`${authority.replace(/\/$/, '')}/.well-known/openid-configuration`);
  if (!response.ok) throw new Error(`OIDC discovery ${response.status}`);
  return response.json() as Promise<Discovery>;
}

function redirectUri(): string {
  return `${location.origin}/signin`;
}

/** Sends the browser to the provider; it comes back to /signin with a code. */
export async function startOidcSignIn(returnTo: string): Promise<void> {
  const { oidc } = await uiConfig();
  if (!oidc?.clientId) throw new Error('OIDC is not configured');
  const endpoints = await discovery(oidc.authority);
  const verifier = createVerifier();
  const state = createVerifier();
  sessionStorage.setItem(PKCE, JSON.stringify({ verifier, state, returnTo }));
  location.assign(authorizationUrl({
    authorizationEndpoint: endpoints.authorization_endpoint,
    clientId: oidc.clientId,
    redirectUri: redirectUri(),
    scope: ['openid', oidc.scope].filter(Boolean).join(' '),
    state,
    challenge: await challengeFor(verifier),
  }));
}

/** On /signin?code=…&state=…: trades the code for a token; returns where to go next. */
export async function finishOidcSignIn(params: URLSearchParams): Promise<string> {
  const saved = JSON.parse(sessionStorage.getItem(PKCE) ?? 'null') as { verifier: string; state: string; returnTo: string } | null;
  sessionStorage.removeItem(PKCE);
  if (!saved || params.get('state') !== saved.state) throw new Error('Ответ провайдера входа не совпал с запросом: войдите ещё раз.');
  const { oidc } = await uiConfig();
  if (!oidc?.clientId) throw new Error('OIDC is not configured');
  const endpoints = await discovery(oidc.authority);
  const response = await fetch(endpoints.token_endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: tokenRequestBody(params.get('code') ?? '', saved.verifier, oidc.clientId, redirectUri()),
  });
  if (!response.ok) throw new Error(`Провайдер входа отказал: ${response.status}`);
  storeTokens((await response.json()) as TokenResponse);
  return saved.returnTo || '/';
}
