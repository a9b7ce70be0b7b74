import './style.css';
import { signOut, token } from './auth';
import { clear, h } from './dom';
import { gql, GraphQLError, SignInNeeded } from './gql';
import { cardPage } from './pages/card';
import { glossaryPage } from './pages/glossary';
import { pitchPage } from './pages/pitch';
import { pmPage } from './pages/pm';
import { releasesPage } from './pages/releases';
import { searchPage } from './pages/search';
import { signInPage } from './pages/signin';

export interface Viewer {
  name: string;
  roles: string[];
  readsUnpublished: boolean;
}

export interface PageContext {
  main: HTMLElement;
  params: URLSearchParams;
  viewer: Viewer;
  /** Replaces the URL's query (the page's state) without a new history entry per keystroke. */
  replaceQuery(query: string): void;
  /** Set by a page to be told when it is left (to close a subscription). */
  onLeave?: () => void;
}

const main = document.getElementById('main') as HTMLElement;
const nav = document.getElementById('nav') as HTMLElement;
const who = document.getElementById('who') as HTMLElement;
let viewer: Viewer | null = null;
let leaving: (() => void) | undefined;

const ROLE_NAMES: Record<string, string> = { SALES: 'продажи', MARKETING: 'маркетинг', PM: 'продакт', ADMIN: 'админ' };

function renderChrome(): void {
  clear(nav);
  clear(who);
  const links: [string, string][] = [['/search', 'Поиск'], ['/pitch', 'Что предложить'], ['/glossary', 'Словарь и метрики'], ['/releases', 'Релизы']];
  if (viewer?.readsUnpublished) links.push(['/pm', 'Для продакта']);
  for (const [href, label] of links) {
    const current = location.pathname === href || (href === '/search' && location.pathname === '/');
    nav.append(h('a', { href, 'aria-current': current ? 'page' : null }, label));
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
    return (await gql<{ viewer: Viewer }>('{ viewer { name roles readsUnpublished } }')).viewer;
  } catch (e) {
    if (e instanceof SignInNeeded) {
      signOut();
      return null;
    }
    throw e;
  }
}

export async function render(): Promise<void> {
  leaving?.();
  leaving = undefined;
  const path = location.pathname;
  const params = new URLSearchParams(location.search);
  if (path !== '/signin' && !viewer) viewer = await loadViewer().catch(() => null);
  renderChrome();
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
    if (path === '/' || path === '/search') await searchPage(ctx);
    else if (path.startsWith('/card/')) await cardPage(ctx, decodeURIComponent(path.slice('/card/'.length)));
    else if (path === '/pitch') await pitchPage(ctx);
    else if (path === '/glossary') await glossaryPage(ctx);
    else if (path === '/releases') await releasesPage(ctx);
    else if (path === '/pm' && viewer.readsUnpublished) await pmPage(ctx);
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

export function navigate(href: string): void {
  history.pushState(null, '', href);
  void render().then(() => main.focus({ preventScroll: true }));
  window.scrollTo(0, 0);
}

// Same-origin links are handled here, so moving between pages keeps the signed-in state and loads no page again.
document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.('a');
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || link.target) return;
  const url = new URL(link.href, location.href);
  if (url.origin !== location.origin || url.pathname.startsWith('/graphql') || url.pathname.startsWith('/q/')) return;
  event.preventDefault();
  navigate(url.pathname + url.search);
});
window.addEventListener('popstate', () => void render());
void render();
