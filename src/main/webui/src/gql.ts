// GraphQL over HTTP with the signed-in user's token, and subscriptions over graphql-transport-ws. Every document is
// a typed document generated from a .graphql file (codegen.mjs), so its result and variables are checked by tsc.
import { token } from './auth';
import type { TypedDocumentString } from './generated/graphql';

/** The variables argument: required when the operation has a required variable, else it may be left out. */
type Variables<V> = Record<string, never> extends V ? [variables?: V] : [variables: V];

export class GraphQLError extends Error {
  constructor(message: string, readonly code: string | null) {
    super(message);
  }
}

export class SignInNeeded extends Error {}

export async function gql<T, V>(document: TypedDocumentString<T, V>, ...[variables]: Variables<NoInfer<V>>): Promise<T> {
  const current = token();
  if (!current) throw new SignInNeeded();
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json', Authorization: `Bearer ${current}` },
    body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
  });
  if (response.status === 401) throw new SignInNeeded();
  const body = (await response.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors?.length) {
    const first = body.errors[0];
    throw new GraphQLError(first.message, first.extensions?.code ?? null);
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
