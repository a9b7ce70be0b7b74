// The app shell: who is signed in, the navigation, and which page each path shows. Pages never import this file.
import './style.css';
import { signOut, token } from './auth';
import { clear, h } from './dom';
import { ViewerDocument } from './generated/graphql';
import { gql, GraphQLError, ServiceUnavailable, SignInNeeded } from './gql';
import { accountsPage } from './pages/accounts';
import { cardPage } from './pages/card';
import { editorPage } from './pages/editor';
import { glossaryPage } from './pages/glossary';
import { pitchPage } from './pages/pitch';
import { pmPage } from './pages/pm';
import { releasesPage } from './pages/releases';
import { searchPage } from './pages/search';
import { segmentPage, segmentsPage } from './pages/segments';
import { signInPage } from './pages/signin';
import { notFound, placeholder, signInAgain, unavailable } from './states';
import { matchRoute, mayOpen, navigate, type PageContext, type Route, startRouter, type Viewer } from './router';

/** Every page but sign-in, in navigation order. A new page is a file in pages/, its .graphql file and a line here. */
const ROUTES: readonly Route[] = [
  { path: '/search', aliases: ['/'], nav: 'Поиск', page: searchPage },
  { path: '/card/', page: cardPage },
  { path: '/pitch', nav: 'Что предложить', page: pitchPage },
  { path: '/accounts', nav: 'Списки клиентов', page: accountsPage },
  { path: '/segments', nav: 'Сегменты', page: segmentsPage },
  { path: '/segment/', page: segmentPage },
  { path: '/glossary', nav: 'Словарь и метрики', page: glossaryPage },
  { path: '/releases', nav: 'Релизы', page: releasesPage },
  { path: '/pm', nav: 'Для продакта', page: pmPage, allowed: (viewer) => viewer.readsUnpublished },
  { path: '/pm/new', page: (ctx) => editorPage(ctx, ''), allowed: (viewer) => viewer.readsUnpublished },
  { path: '/pm/edit/', page: editorPage, allowed: (viewer) => viewer.readsUnpublished },
  // The segment pages are PMs' only, so they load with their page rather than with everyone's first load.
  { path: '/pm/segments', nav: 'Править сегменты', page: async (ctx) => (await import('./pages/pmSegments')).pmSegmentsPage(ctx), allowed: (viewer) => viewer.readsUnpublished },
  { path: '/pm/segments/new', page: async (ctx) => (await import('./pages/segmentEditor')).segmentEditorPage(ctx, ''), allowed: (viewer) => viewer.readsUnpublished },
  { path: '/pm/segment/', page: async (ctx, slug) => (await import('./pages/segmentEditor')).segmentEditorPage(ctx, slug), allowed: (viewer) => viewer.readsUnpublished },
];

const main = document.getElementById('main') as HTMLElement;
const nav = document.getElementById('nav') as HTMLElement;
const who = document.getElementById('who') as HTMLElement;
let viewer: Viewer | null = null;
let leaving: (() => void) | undefined;
/** The stored token was refused (expired): the sign-in page says so, and signing in returns to the same page. */
let expired = false;

const ROLE_NAMES: Record<string, string> = { SALES: 'продажи', MARKETING: 'маркетинг', PM: 'продакт', ADMIN: 'админ' };

function renderChrome(current: Route | null): void {
  clear(nav);
  clear(who);
  for (const route of ROUTES) {
    if (route.nav && mayOpen(route, viewer)) {
      nav.append(h('a', { href: route.path, 'aria-current': route === current ? 'page' : null }, route.nav));
    }
  }
  if (viewer) {
    who.append(
      h('span', null, `${viewer.name} · ${viewer.roles.map((r) => ROLE_NAMES[r] ?? r).join(', ')}`),
      h('button', { type: 'button', class: 'link', onclick: () => { signOut(); viewer = null; navigate('/signin'); } }, 'Выйти'),
    );
  }
}

async function loadViewer(): Promise<Viewer | null> {
  if (!token()) return null;
  try {
    return (await gql(ViewerDocument)).viewer;
  } catch (e) {
    if (e instanceof SignInNeeded) {
      signOut();
      expired = true;
      return null;
    }
    throw e;
  }
}

async function render(): Promise<void> {
  leaving?.();
  leaving = undefined;
  const path = location.pathname;
  const params = new URLSearchParams(location.search);
  clear(main);
  const loading = placeholder();
  main.append(loading);
  main.setAttribute('aria-busy', 'true');
  try {
    await show(path, params, loading);
  } finally {
    loading.remove();
    main.removeAttribute('aria-busy');
  }
}

/** Shows the page for a path; `loading` stays until the page puts its own content in. */
async function show(path: string, params: URLSearchParams, loading: HTMLElement): Promise<void> {
  if (path !== '/signin' && !viewer) {
    try {
      viewer = await loadViewer();
    } catch (e) {
      // The portal did not answer: say so and offer to try again; the sign-in form would wrongly blame the user.
      renderChrome(null);
      clear(main);
      main.append(unavailable(() => void render(), e instanceof Error ? e.message : String(e)));
      return;
    }
  }
  const match = path === '/signin' ? null : matchRoute(ROUTES, path, viewer);
  renderChrome(match?.route ?? null);
  if (path === '/signin' || !viewer) {
    clear(main);
    await signInPage(main, params, expired || params.has('expired'), async () => {
      expired = false;
      viewer = await loadViewer();
      // A deep link (a shared pitch) opened before sign-in, or the page whose sign-in expired, comes back to itself.
      const back = path === '/signin' ? params.get('next') : location.pathname + location.search;
      navigate(back && back.startsWith('/') && !back.startsWith('//') ? back : '/search');
    });
    return;
  }
  const ctx: PageContext = {
    main,
    params,
    viewer,
    replaceQuery: (query) => history.replaceState(null, '', `${location.pathname}${query}`),
  };
  // The placeholder goes as soon as the page shows something of its own (its form, its heading).
  const shown = new MutationObserver(() => {
    if (main.firstElementChild !== loading || main.childElementCount > 1) {
      loading.remove();
      shown.disconnect();
    }
  });
  shown.observe(main, { childList: true });
  try {
    if (match) await match.route.page(ctx, match.rest);
    else {
      document.title = 'Такой страницы нет — Портал знаний о продукте';
      main.append(notFound());
    }
  } catch (e) {
    if (e instanceof SignInNeeded) {
      viewer = null;
      signInAgain();
      return;
    }
    clear(main);
    if (e instanceof ServiceUnavailable || !(e instanceof GraphQLError)) main.append(unavailable(() => void render(), e instanceof Error ? e.message : String(e)));
    else main.append(h('p', { class: 'error', role: 'alert' }, e.message));
  } finally {
    shown.disconnect();
  }
  leaving = ctx.onLeave;
}

startRouter(render, main);
