// Client-side routing: which page a path shows, and moving between pages without loading the page again. Pages
// import this module (to navigate); main.ts imports the pages and lists them as routes, so nothing imports main.
import type { ViewerQuery } from './generated/graphql';

export type Viewer = ViewerQuery['viewer'];

export interface PageContext {
  main: HTMLElement;
  params: URLSearchParams;
  viewer: Viewer;
  /** Replaces the URL's query (the page's state) without a new history entry per keystroke. */
  replaceQuery(query: string): void;
  /** Set by a page to be told when it is left (to close a subscription). */
  onLeave?: () => void;
}

/** A page of the portal: where it is, what renders it, and its link in the navigation if it has one. */
export interface Route {
  /** A fixed path (`/search`), or a prefix ending in `/` whose rest is the page's argument (`/card/` + slug). */
  path: string;
  /** Other fixed paths that show the same page (`/` for search). */
  aliases?: string[];
  page: (ctx: PageContext, rest: string) => Promise<void>;
  /** The navigation link's text; a route without one is reached through links only. */
  nav?: string;
  /** Who may open it: for anyone else it does not exist (no link, "no such page"). */
  allowed?: (viewer: Viewer) => boolean;
}

export interface Match {
  route: Route;
  /** The decoded rest of a prefix route's path (the card's slug); '' for a fixed path. */
  rest: string;
}

/** Whether this viewer (null: not signed in yet) may open the route. */
export function mayOpen(route: Route, viewer: Viewer | null): boolean {
  return !route.allowed || (viewer !== null && route.allowed(viewer));
}

/** The route for a path as this viewer sees it, or null: "no such page". */
export function matchRoute(routes: readonly Route[], path: string, viewer: Viewer | null): Match | null {
  for (const route of routes) {
    if (!mayOpen(route, viewer)) continue;
    const prefix = route.path.endsWith('/');
    if ((!prefix && route.path === path) || route.aliases?.includes(path)) return { route, rest: '' };
    if (prefix && path.startsWith(route.path) && path.length > route.path.length) {
      try {
        return { route, rest: decodeURIComponent(path.slice(route.path.length)) };
      } catch {
        return null; // a malformed %-escape: no such card
      }
    }
  }
  return null;
}

/**
 * Where a click on this link should go inside the app (path and query), or null to leave it to the browser:
 * another origin, the API and dev endpoints, a new tab or window, or a click another handler already took.
 */
export function internalHref(event: MouseEvent, here: Location): string | null {
  const link = (event.target as Element | null)?.closest?.('a');
  // A download (the account list's result, a blob: URL of this origin) is the browser's to save, not a page.
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || link.target || link.hasAttribute('download')) return null;
  const url = new URL(link.href, here.href);
  if (url.origin !== here.origin || url.pathname.startsWith('/graphql') || url.pathname.startsWith('/q/')) return null;
  return url.pathname + url.search;
}

let show: () => Promise<void> = async () => {};
let focusAfterNavigation: HTMLElement | null = null;
let leaveGuard: (() => boolean) | null = null;
/** Where the shown page is, to go back to when a guard keeps the user on it after the Back button. */
let shown = '';

/**
 * Set by a page with unsaved changes: asked before the app leaves it (a link, Back, sign-out); false stays on the
 * page. Cleared whenever another page is shown. Closing the tab is the page's own `beforeunload`.
 */
export function guardLeaving(ask: (() => boolean) | null): void {
  leaveGuard = ask;
}

/**
 * Guards a page with unsaved changes both ways until it is left: the app asks `question` before leaving it, and the
 * browser asks before the tab closes.
 */
export function guardUnsaved(ctx: PageContext, dirty: () => boolean, question: string): void {
  const beforeUnload = (event: BeforeUnloadEvent) => {
    if (!dirty()) return;
    event.preventDefault();
    event.returnValue = '';
  };
  window.addEventListener('beforeunload', beforeUnload);
  guardLeaving(() => !dirty() || confirm(question));
  ctx.onLeave = () => window.removeEventListener('beforeunload', beforeUnload);
}

function mayLeave(): boolean {
  if (leaveGuard && !leaveGuard()) return false;
  leaveGuard = null;
  return true;
}

/** Opens a page of the app: a new history entry, the page rendered, focus on its content for screen readers. */
export function navigate(href: string): void {
  if (!mayLeave()) return;
  history.pushState(null, '', href);
  shown = location.pathname + location.search;
  void show().then(() => focusAfterNavigation?.focus({ preventScroll: true }));
  window.scrollTo(0, 0);
}

/**
 * Starts routing: `render` shows the page for the current location, now, after `navigate`, and on back and
 * forward. Same-origin links are handled here, so moving between pages keeps the signed-in state.
 */
export function startRouter(render: () => Promise<void>, main: HTMLElement): void {
  show = render;
  focusAfterNavigation = main;
  document.addEventListener('click', (event) => {
    const href = internalHref(event, location);
    if (href === null) return;
    event.preventDefault();
    navigate(href);
  });
  window.addEventListener('popstate', () => {
    if (!mayLeave()) {
      history.pushState(null, '', shown);
      return;
    }
    shown = location.pathname + location.search;
    void render();
  });
  shown = location.pathname + location.search;
  void render();
}
