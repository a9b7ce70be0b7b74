// GraphQL over HTTP with the signed-in user's token, and subscriptions over graphql-transport-ws. Every document is
// a typed document generated from a .graphql file (codegen.mjs), so its result and variables are checked by tsc.
import { freshToken, token } from './auth';
import type { TypedDocumentString } from './generated/graphql';

/** The variables argument: required when the operation has a required variable, else it may be left out. */
type Variables<V> = Record<string, never> extends V ? [variables?: V] : [variables: V];

export class GraphQLError extends Error {
  constructor(message: string, readonly code: string | null) {
    super(message);
  }
}

export class SignInNeeded extends Error {}

/**
 * The portal cannot answer now: no network, a server fault, the search index not open yet. Pages show it as
 * «Сервис недоступен, повторите» with a retry, never as the sign-in form: the user's token is still good.
 */
export class ServiceUnavailable extends Error {}

/** Error codes that say the server, not the request, is at fault: trying again later may work. */
const SERVER_FAULTS = new Set(['INTERNAL_ERROR', 'SEARCH_UNAVAILABLE']);

/**
 * Runs one operation with the signed-in user's token (renewed first when it is about to expire and the provider
 * gave a refresh token).
 */
export function gql<T, V>(document: TypedDocumentString<T, V>, ...[variables]: Variables<NoInfer<V>>): Promise<T> {
  return cancellable(document, variables, undefined);
}

/**
 * As {@link gql}, cancelled when `signal` aborts (search as you type drops the request a newer keystroke replaced);
 * a cancelled call rejects with the browser's AbortError, which callers ignore.
 */
export async function cancellable<T, V>(document: TypedDocumentString<T, V>, variables: V | undefined, signal: AbortSignal | undefined): Promise<T> {
  const current = (await freshToken()) ?? token();
  if (!current) throw new SignInNeeded();
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json', Authorization: `Bearer ${current}` },
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
      signal,
    });
  } catch (e) {
    if (signal?.aborted) throw e;
    throw new ServiceUnavailable(`Нет связи с порталом: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (response.status === 401) throw new SignInNeeded();
  const body = (await response.json().catch(() => null)) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] } | null;
  if (!body || (response.status >= 500 && !body.errors?.length)) throw new ServiceUnavailable(`Портал ответил ${response.status}`);
  if (body.errors?.length) {
    const first = body.errors[0];
    const code = first.extensions?.code ?? null;
    if (code && SERVER_FAULTS.has(code)) throw new ServiceUnavailable(first.message);
    throw new GraphQLError(first.message, code);
  }
  return body.data as T;
}

export interface Subscription {
  close(): void;
}

/**
 * One subscription on its own connection; reconnects after a drop (with a growing pause) and reports each
 * connection state, so a page can say when it is live.
 */
export function subscribe<T>(
  document: TypedDocumentString<T, Record<string, never>>,
  onData: (data: T) => void,
  onState: (live: boolean, error?: string) => void,
): Subscription {
  const query = document.toString();
  let socket: WebSocket | null = null;
  let closed = false;
  let pause = 1000;
  const open = () => {
    const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
    socket = new WebSocket(url, 'graphql-transport-ws');
    socket.onopen = () => socket?.send(JSON.stringify({ type: 'connection_init', payload: { Authorization: `Bearer ${token() ?? ''}` } }));
    socket.onmessage = (event) => {
      const message = JSON.parse(String(event.data)) as { type: string; payload?: unknown };
      if (message.type === 'connection_ack') {
        pause = 1000;
        socket?.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query } }));
        onState(true);
      } else if (message.type === 'ping') {
        socket?.send(JSON.stringify({ type: 'pong' }));
      } else if (message.type === 'next') {
        const payload = message.payload as { data?: T; errors?: { message: string }[] };
        if (payload.errors?.length) onState(false, payload.errors[0].message);
        else if (payload.data) onData(payload.data);
      } else if (message.type === 'error') {
        const errors = message.payload as { message: string }[];
        onState(false, errors?.[0]?.message ?? 'error');
      }
    };
    socket.onclose = () => {
      onState(false);
      if (!closed) {
        setTimeout(() => !closed && open(), pause);
        pause = Math.min(pause * 2, 30000);
      }
    };
  };
  open();
  return {
    close() {
      closed = true;
      socket?.close();
    },
  };
}
