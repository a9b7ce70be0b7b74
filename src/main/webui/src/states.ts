// The honest states every page shares: the portal is unavailable (with a retry), loading, and no such page.
import { signOut } from './auth';
import { h } from './dom';
import { navigate } from './router';

/** «Сервис недоступен, повторите» with a retry button; `detail` (what failed) is shown small, for support. */
export function unavailable(retry: () => void, detail?: string): HTMLElement {
  const button = h('button', { type: 'button' }, 'Повторить');
  button.addEventListener('click', retry);
  return h('div', { class: 'unavailable card-box', role: 'alert', 'data-state': 'unavailable' },
    h('p', null, h('strong', null, 'Сервис недоступен, повторите.')),
    h('p', { class: 'muted small' }, 'Портал сейчас не ответил. Вы по-прежнему вошли; ваши данные на месте.', detail ? ` (${detail})` : ''),
    h('p', null, button));
}

/** Grey lines where a page's content will be, so the page is not blank while it loads. */
export function placeholder(): HTMLElement {
  return h('div', { class: 'page-loading', 'aria-busy': 'true', 'data-state': 'loading' },
    h('span', { class: 'visually-hidden', role: 'status' }, 'Загружаем…'),
    h('div', { class: 'skeleton', 'aria-hidden': 'true' }, h('div'), h('div'), h('div'), h('div')));
}

/** The app's own "not found", for an unknown address or one this viewer may not open. */
export function notFound(): HTMLElement {
  return h('section', { class: 'not-found', 'data-state': 'not-found' },
    h('h1', null, 'Такой страницы нет'),
    h('p', null, 'Адрес неверный или устарел. ', h('a', { href: '/search' }, 'К поиску'), ' · ', h('a', { href: '/pitch' }, 'Что предложить клиенту')));
}

/** The token was refused while the page was open (it expired): sign in again and come back to this very page. */
export function signInAgain(): void {
  signOut();
  navigate(`/signin?next=${encodeURIComponent(location.pathname + location.search)}&expired=1`);
}
