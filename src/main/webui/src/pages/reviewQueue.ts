// The review queue on the PM page: new cards and edits of published cards waiting for a second PM, each with who
// asked and when, what changed (a word-level diff for an edit), and the steps this viewer may take, or why not.
import './review.css';
import { clear, h, uid } from '../dom';
import {
  ApproveCardDocument, ApprovePendingRevisionDocument, DiscardPendingRevisionDocument, RequestCardChangesDocument,
  RequestPendingRevisionChangesDocument, type ReviewItemViewFragment as Item, ReviewQueueDocument, type StepResultFragment as Result,
} from '../generated/graphql';
import { gql, GraphQLError } from '../gql';
import type { Viewer } from '../router';
import { userErrorText } from '../userErrors';
import { editDiff, newCardFields } from './reviewDiff';

/** "5 декабря в 14:02" in the viewer's time zone. */
export function whenText(iso: string): string {
  const at = new Date(iso);
  return `${at.toLocaleDateString('ru-RU', { day: 'numeric', month: 'long' })} в ${at.toLocaleTimeString('ru-RU', { hour: '2-digit', minute: '2-digit' })}`;
}

/** The id of a card's item in the queue, for links from the card page (`/pm?review=<slug>`). */
export function reviewItemId(slug: string): string {
  return `review-${slug}`;
}

function refusal(e: unknown, item: Item): string {
  if (e instanceof GraphQLError && e.code === 'FORBIDDEN') {
    return item.kind === 'EDIT'
      ? 'Вы правили эту карточку: одобрить правку может другой продакт или админ.'
      : 'Вы сами отправили карточку на проверку: опубликовать её может другой продакт или админ.';
  }
  return e instanceof GraphQLError ? `Не получилось: ${e.message}` : 'Нет связи с порталом, попробуйте ещё раз.';
}

/** Who this viewer is to the item: its author (who may not approve), and whether an admin's own approval is allowed. */
function roleIn(item: Item, viewer: Viewer): { mine: boolean; admin: boolean } {
  const admin = viewer.roles.includes('ADMIN');
  const mine = item.kind === 'EDIT' ? (item.pendingRevision?.authors ?? []).includes(viewer.name) : item.submittedBy === viewer.name;
  return { mine, admin };
}

/** Who asked for the review and when; a card imported from the files in review has no known submitter. */
function metaText(item: Item): string {
  const at = whenText(item.submittedAt);
  if (item.kind === 'FIRST_PUBLICATION') return item.submittedBy ? `Отправил(а) на проверку ${item.submittedBy}, ${at}.` : `На проверке с ${at}.`;
  const p = item.pendingRevision;
  const started = p && whenText(p.createdAt) !== at ? ` (начата ${whenText(p.createdAt)})` : '';
  return `Правку внес(ла) ${p?.authors.join(', ') || item.submittedBy || 'продакт'}, последнее сохранение ${at}${started}.`;
}

/** One queue item: the card, who and when, the diff, and the steps with a comment field. */
function itemView(item: Item, viewer: Viewer, done: (message: string) => void): HTMLElement {
  const edit = item.kind === 'EDIT';
  const { mine, admin } = roleIn(item, viewer);
  const out = h('div', { class: 'step-result', role: 'status', 'aria-live': 'polite' });
  const commentId = uid('review-comment');
  const comment = h('textarea', { id: commentId, rows: 2, name: 'comment' });
  const say = (...content: (Node | string)[]) => { clear(out); out.append(...content); };
  const needComment = (why: string): boolean => {
    if (comment.value.trim()) return false;
    comment.setAttribute('aria-invalid', 'true');
    say(h('p', { class: 'error' }, why));
    comment.focus();
    return true;
  };

  const run = async (message: string, send: (input: { id: string; version: number; comment: string | null }) => Promise<Result>) => {
    comment.removeAttribute('aria-invalid');
    buttons.querySelectorAll('button').forEach((b) => { b.disabled = true; });
    try {
      const result = await send({ id: item.card.id, version: item.card.version, comment: comment.value.trim() || null });
      if (result.userErrors.some((e) => e.code === 'STALE_VERSION')) {
        say(h('p', { class: 'error' }, 'Карточку успели изменить, пока страница была открыта: обновите очередь и посмотрите правку ещё раз. ',
          h('button', { type: 'button', class: 'secondary small', onclick: () => done('') }, 'Обновить очередь')));
      } else if (result.userErrors.length) {
        say(h('ul', { class: 'error' }, result.userErrors.map((e) => h('li', null, userErrorText(e)))));
      } else {
        done(message);
        return;
      }
    } catch (e) {
      say(h('p', { class: 'error' }, refusal(e, item)));
    }
    buttons.querySelectorAll('button').forEach((b) => { b.disabled = false; });
  };

  const title = item.card.title;
  const approve = h('button', { type: 'button', onclick: () => {
    if (edit && mine && needComment('Вы сами правили карточку: чтобы одобрить правку без второго продакта, напишите в комментарии, почему она не может ждать.')) return;
    void run(edit ? `Правка карточки «${title}» одобрена: продажи и маркетинг видят новый текст.` : `Карточка «${title}» опубликована: её видят продажи и маркетинг.`,
      async (input) => edit ? (await gql(ApprovePendingRevisionDocument, { input })).approvePendingRevision : (await gql(ApproveCardDocument, { input })).approveCard);
  } }, edit ? 'Одобрить правку' : 'Одобрить и опубликовать');
  const requestChanges = h('button', { type: 'button', class: 'secondary', onclick: () => {
    if (needComment('Напишите в комментарии, что исправить: без него автор не поймёт, что доработать.')) return;
    void run(`«${title}» возвращена автору на доработку с вашим комментарием.`, async (input) => edit
      ? (await gql(RequestPendingRevisionChangesDocument, { input })).requestPendingRevisionChanges
      : (await gql(RequestCardChangesDocument, { input })).requestCardChanges);
  } }, 'Вернуть на доработку');
  const discard = h('button', { type: 'button', class: 'secondary danger', onclick: () => {
    if (!confirm(`Отменить правку карточки «${title}»? Опубликованный текст останется, правка пропадёт.`)) return;
    void run(`Правка карточки «${title}» отменена: остался опубликованный текст.`,
      async (input) => (await gql(DiscardPendingRevisionDocument, { input })).discardPendingRevision);
  } }, 'Отменить правку');

  // Only the steps this viewer may take are buttons; a step they may not take is explained instead.
  const steps: HTMLElement[] = [];
  let why: string | null = null;
  if (!mine) steps.push(approve, requestChanges);
  else if (edit && admin) {
    steps.push(approve);
    why = 'Это ваша правка. Как админ вы можете одобрить её сами — напишите в комментарии, почему она не ждёт второго продакта.';
  } else {
    why = edit
      ? 'Это ваша правка: одобрить её может только другой продакт или админ — так каждую правку читают двое. Доработать её можно в редакторе.'
      : 'Вы отправили эту карточку на проверку: опубликовать её может только другой продакт или админ — так каждую карточку читают двое.';
  }
  if (edit && (mine || admin)) steps.push(discard);
  const buttons = h('div', { class: 'buttons' }, steps, mine ? h('a', { class: 'button-link', href: `/pm/edit/${encodeURIComponent(item.card.slug)}` }, 'Открыть в редакторе') : null);

  const pending = item.pendingRevision;
  const jargon = item.card.jargon;
  return h('article', { class: 'review-item', id: reviewItemId(item.card.slug), tabindex: '-1', 'data-kind': item.kind, 'aria-labelledby': `${reviewItemId(item.card.slug)}-h` },
    h('h3', { id: `${reviewItemId(item.card.slug)}-h` }, h('a', { href: `/card/${encodeURIComponent(item.card.slug)}` }, title), ' ',
      h('span', { class: `badge review-kind ${edit ? 'edit' : 'new'}` }, edit ? 'Правка опубликованной карточки' : 'Новая карточка')),
    h('p', { class: 'meta' }, metaText(item)),
    edit ? h('p', { class: 'muted small' }, 'Пока правку не одобрят, продажи и маркетинг видят опубликованный текст.') : null,
    pending?.outdated ? h('p', { class: 'warnings small' }, 'Опубликованный текст обновили из файлов после этой правки: при одобрении применятся только поля, которые меняет правка.') : null,
    jargon.length ? h('p', { class: 'jargon-inline' }, 'Жаргон: ', jargon.map((j) => j.suggestion ? `${j.text} → ${j.suggestion}` : j.text).join('; ')) : null,
    edit ? editDiff(item.changes) : newCardFields(item.changes),
    why ? h('p', { class: 'review-why' }, why) : null,
    steps.some((s) => s !== discard) ? h('div', { class: 'field wide' }, h('label', { for: commentId },
      mine ? 'Комментарий: почему правка не ждёт второго продакта (обязательно)' : 'Комментарий (обязателен, чтобы вернуть на доработку)'), comment) : null,
    buttons, out);
}

/** The queue section, and what to call once the page holding it is shown. */
export interface ReviewQueueSection {
  section: HTMLElement;
  /** Scrolls to the linked item and gives it the focus: only once the section is in the page (focus on a detached
   * element does nothing) and after the router has focused the page's content. */
  showLinked: () => void;
}

/**
 * The queue section. `focus` is the slug of the item to show first (a link from the card page); after a step the
 * queue is read again and says what happened.
 */
export async function reviewQueue(viewer: Viewer, focus: string | null): Promise<ReviewQueueSection> {
  const section = h('section', { class: 'block review-queue', 'aria-labelledby': 'review-queue-h' });
  const status = h('div', { class: 'notice', role: 'status', 'aria-live': 'polite' });
  const list = h('div', { 'aria-busy': 'true' }, h('p', { class: 'muted' }, 'Загружаем очередь…'));
  section.append(h('h2', { id: 'review-queue-h' }, 'Очередь на проверку'),
    h('p', { class: 'muted' }, 'Новые карточки и правки опубликованных карточек ждут второго продакта. Пока правку не одобрят, продажи и маркетинг видят опубликованный текст.'),
    status, list);

  const load = async (message: string) => {
    list.setAttribute('aria-busy', 'true');
    try {
      const data = await gql(ReviewQueueDocument);
      const items = data.reviewQueue.edges.map((e) => e.node);
      clear(list);
      clear(status);
      if (message) status.append(h('p', { class: 'ok' }, message));
      list.append(items.length
        ? h('ol', { class: 'review-items' }, items.map((item) => h('li', null, itemView(item, viewer, (m) => void load(m)))))
        : h('p', { class: 'muted' }, 'На проверке ничего нет.'),
      data.reviewQueue.pageInfo.hasNextPage ? h('p', { class: 'muted small' }, 'Показаны первые 100, дольше всех ждущие; остальные появятся, когда их разберут.') : '');
    } catch (e) {
      clear(list);
      list.append(h('p', { class: 'error' }, 'Очередь не загрузилась: ', e instanceof GraphQLError ? e.message : 'нет связи с порталом.', ' ',
        h('button', { type: 'button', class: 'secondary small', onclick: () => void load('') }, 'Попробовать ещё раз')));
    }
    list.setAttribute('aria-busy', 'false');
  };
  await load('');
  const target = focus ? section.querySelector<HTMLElement>(`#${CSS.escape(reviewItemId(focus))}`) : null;
  if (focus && !target) {
    status.append(h('p', null, 'Этой карточки в очереди нет: правку уже одобрили, отменили или вернули на доработку.'));
  }
  const showLinked = () => {
    // A task after the router's focus on the page's content, which runs as soon as the page is shown.
    if (target) setTimeout(() => { target.scrollIntoView({ block: 'start' }); target.focus({ preventScroll: true }); }, 0);
  };
  return { section, showLinked };
}
