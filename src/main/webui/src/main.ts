// The app shell: who is signed in, the navigation, and which page each path shows. Pages never import this file.
import './style.css';
import { signOut, token } from './auth';
import { clear, h } from './dom';
import { ViewerDocument } from './generated/graphql';
import { gql, GraphQLError, SignInNeeded } from './gql';
import { accountsPage } from './pages/accounts';
import { cardPage } from './pages/card';
import { editorPage } from './pages/editor';
import { glossaryPage } from './pages/glossary';
import { pitchPage } from './pages/pitch';
import { pmPage } from './pages/pm';
import { releasesPage } from './pages/releases';
import { searchPage } from './pages/search';
import { signInPage } from './pages/signin';
import { matchRoute, mayOpen, navigate, type PageContext, type Route, startRouter, type Viewer } from './router';

/** Every page but sign-in, in navigation order. A new page is a file in pages/, its .graphql file and a line here. */
const ROUTES: readonly Route[] = [
  { path: '/search', aliases: ['/'], nav: 'Поиск', page: searchPage },
  { path: '/card/', page: cardPage },
  { path: '/pitch', nav: 'Что предложить', page: pitchPage },
  { path: '/accounts', nav: 'Списки клиентов', page: accountsPage },
  { path: '/glossary', nav: 'Словарь и метрики', page: glossaryPage },
  { path: '/releases', nav: 'Релизы', page: releasesPage },
  { path: '/pm', nav: 'Для продакта', page: pmPage, allowed: (viewer) => viewer.readsUnpublished },
  { path: '/pm/new', page: (ctx) => editorPage(ctx, ''), allowed: (viewer) => viewer.readsUnpublished },
  { path: '/pm/edit/', page: editorPage, allowed: (viewer) => viewer.readsUnpublished },
  // The segment pages are PMs' only, so they load with their page rather than with everyone's first load.
  { path: '/pm/segments', nav: 'Сегменты', page: async (ctx) => (await import('./pages/segments')).segmentsPage(ctx), allowed: (viewer) => viewer.readsUnpublished },
  { path: '/pm/segments/new', page: async (ctx) => (await import('./pages/segmentEditor')).segmentEditorPage(ctx, ''), allowed: (viewer) => viewer.readsUnpublished },
  { path: '/pm/segment/', page: async (ctx, slug) => (await import('./pages/segmentEditor')).segmentEditorPage(ctx, slug), allowed: (viewer) => viewer.readsUnpublished },
];

const main = document.getElementById('main') as HTMLElement;
const nav = document.getElementById('nav') as HTMLElement;
const who = document.getElementById('who') as HTMLElement;
let viewer: Viewer | null = null;
let leaving: (() => void) | undefined;

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
  if (path !== '/signin' && !viewer) viewer = await loadViewer().catch(() => null);
  const match = path === '/signin' ? null : matchRoute(ROUTES, path, viewer);
  renderChrome(match?.route ?? null);
  clear(main);
  if (path === '/signin' || !viewer) {
    await signInPage(main, params, async () => {
      viewer = await loadViewer();
      // A deep link (a shared pitch) opened before sign-in comes back to itself.
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
  try {
    if (match) await match.route.page(ctx, match.rest);
    else main.append(h('h1', null, 'Такой страницы нет'), h('p', null, h('a', { href: '/search' }, 'К поиску')));
  } catch (e) {
    if (e instanceof SignInNeeded) {
      signOut();
      viewer = null;
      navigate(`/signin?next=${encodeURIComponent(location.pathname + location.search)}`);
      return;
    }
    main.append(h('p', { class: 'error', role: 'alert' }, e instanceof GraphQLError ? e.message : `Не получилось загрузить страницу: ${String(e)}`));
  }
  leaving = ctx.onLeave;
}

startRouter(render, main);
