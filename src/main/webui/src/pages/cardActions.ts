// What a PM does where the card is: the workflow buttons (submit, approve, request changes, archive, reopen, verify),
// the card's history with "restore this revision", and writing a release note. Used by the card page and the editor.
import { clear, h, uid } from '../dom';
import {
  ApproveCardDocument, ArchiveCardDocument, type CardForPmQuery, CardForPmDocument, type CardStepFragment as Step, ReopenCardDocument,
  RequestCardChangesDocument, RestoreCardRevisionDocument, type StepResultFragment as Result, SubmitCardDocument, VerifyCardDocument,
  WriteReleaseNoteDocument,
} from '../generated/graphql';
import { gql, GraphQLError } from '../gql';
import { AUDIENCE, formatDate, STATUS, VERIFICATION_REASON } from '../labels';
import { navigate } from '../router';
import { pendingNote } from './pendingNote';
import { fieldPath, userErrorText } from '../userErrors';

type Pm = NonNullable<CardForPmQuery['featureCard']>;

const ACTION: Record<string, string> = {
  CREATED: 'создана', EDITED: 'изменена', IMPORTED: 'загружена из файлов', SUBMITTED: 'отправлена на проверку', APPROVED: 'одобрена',
  CHANGES_REQUESTED: 'возвращена на доработку', ARCHIVED: 'в архиве', REOPENED: 'возвращена в черновики', VERIFIED: 'проверена',
  RESTORED: 'восстановлена из истории',
};

/** Set before the page is shown again after a step, so the new page says what happened. */
let flash: string | null = null;

function errorText(e: unknown): string {
  if (e instanceof GraphQLError && e.code === 'FORBIDDEN') {
    return /submitted/i.test(e.message)
      ? 'Вы сами отправили карточку на проверку: одобрить её может другой продакт или админ.'
      : 'У вас нет прав на этот шаг.';
  }
  return e instanceof GraphQLError ? `Не получилось: ${e.message}` : 'Нет связи с порталом, попробуйте ещё раз.';
}

interface BarOptions {
  /** Whether the editor holds unsaved changes; a step then waits for the save. */
  dirty?: () => boolean;
  /** Called with the card after a successful step and a sentence saying what happened. */
  afterStep: (card: Step, done: string) => void;
  /** The card page links to the editor; the editor does not. */
  editLink?: boolean;
}

/** The workflow buttons for the card's status, with a comment field and the outcome in a live region. */
export function workflowBar(card: Step, opts: BarOptions): HTMLElement {
  const out = h('div', { class: 'step-result', role: 'status', 'aria-live': 'polite' });
  const commentId = uid('comment');
  const comment = h('textarea', { id: commentId, rows: 2, name: 'comment', placeholder: 'Что проверили или что исправить' });
  const every = h('input', { id: uid('every'), type: 'text', inputmode: 'numeric', size: 5, name: 'verifyEveryDays', placeholder: 'как было' });
  const say = (...content: (Node | string)[]) => { clear(out); out.append(...content); };

  const run = async (done: string, send: () => Promise<Result>) => {
    if (opts.dirty?.()) {
      say(h('p', { class: 'error' }, 'Сначала сохраните изменения в карточке.'));
      return;
    }
    bar.querySelectorAll('button').forEach((b) => { b.disabled = true; });
    try {
      const result = await send();
      if (result.userErrors.some((e) => e.code === 'STALE_VERSION')) {
        say(h('p', { class: 'error' }, 'Карточку успели изменить, пока страница была открыта. ',
          h('button', { type: 'button', class: 'secondary', onclick: () => navigate(location.pathname + location.search) }, 'Обновить страницу')));
      } else if (result.userErrors.length || !result.card) {
        say(h('ul', { class: 'error' }, result.userErrors.map((e) => h('li', null, userErrorText(e)))));
      } else {
        const jargon = result.warnings.length ? ` Жаргон в карточке: ${result.warnings.map((w) => w.suggestion ? `«${w.text}» (${w.suggestion})` : `«${w.text}»`).join(', ')}.` : '';
        // The bar is drawn again for the new status; the new bar says what happened.
        flash = done + jargon;
        opts.afterStep(result.card, flash);
        return;
      }
    } catch (e) {
      say(h('p', { class: 'error' }, errorText(e)));
    }
    bar.querySelectorAll('button').forEach((b) => { b.disabled = false; });
  };
  const step = (label: string, done: string, send: (input: { id: string; version: number; comment: string | null }) => Promise<Result>, cls = '') =>
    h('button', { type: 'button', class: cls, onclick: () => void run(done, () => send({ id: card.id, version: card.version, comment: comment.value.trim() || null })) }, label);

  const buttons: HTMLElement[] = [];
  if (opts.editLink && card.status !== 'ARCHIVED') buttons.push(h('a', { class: 'button-link', href: `/pm/edit/${encodeURIComponent(card.slug)}` }, 'Редактировать'));
  if (card.status === 'DRAFT') {
    buttons.push(step('Отправить на проверку', 'Карточка отправлена на проверку: её одобрит другой продакт.',
      async (input) => (await gql(SubmitCardDocument, { input })).submitCardForReview));
  }
  if (card.status === 'IN_REVIEW') {
    buttons.push(step('Одобрить и опубликовать', 'Карточка опубликована: её видят продажи и маркетинг.',
      async (input) => (await gql(ApproveCardDocument, { input })).approveCard));
    buttons.push(h('button', { type: 'button', class: 'secondary', onclick: () => {
      if (!comment.value.trim()) {
        say(h('p', { class: 'error' }, 'Напишите в комментарии, что исправить.'));
        comment.focus();
        return;
      }
      void run('Карточка возвращена автору на доработку.', async () => (await gql(RequestCardChangesDocument,
        { input: { id: card.id, version: card.version, comment: comment.value.trim() } })).requestCardChanges);
    } }, 'Вернуть на доработку'));
  }
  if (card.status === 'PUBLISHED') {
    buttons.push(h('button', { type: 'button', class: 'secondary', onclick: () => {
      const days = every.value.trim();
      if (days && !/^\d+$/.test(days)) {
        say(h('p', { class: 'error' }, 'Интервал проверки — целое число дней от 1 до 3650.'));
        return;
      }
      void run('Отмечено: карточка проверена и верна.', async () => (await gql(VerifyCardDocument,
        { input: { id: card.id, version: card.version, comment: comment.value.trim() || null, verifyEveryDays: days ? Number(days) : null } })).verifyCard);
    } }, 'Подтвердить, что всё верно'));
  }
  if (card.status === 'ARCHIVED') {
    buttons.push(step('Вернуть в черновики', 'Карточка снова черновик.', async (input) => (await gql(ReopenCardDocument, { input })).reopenCard));
  } else {
    buttons.push(step('В архив', 'Карточка в архиве: продажи и маркетинг её больше не видят.',
      async (input) => (await gql(ArchiveCardDocument, { input })).archiveCard, 'secondary danger'));
  }

  const bar = h('section', { class: 'block workflow', 'aria-label': 'Действия с карточкой' },
    h('h2', null, 'Действия с карточкой ', h('span', { class: 'badge status' }, STATUS[card.status] ?? card.status)),
    h('div', { class: 'field wide' }, h('label', { for: commentId }, card.status === 'IN_REVIEW' ? 'Комментарий (что исправить — для возврата на доработку)' : 'Комментарий для истории (необязательно)'), comment),
    card.status === 'PUBLISHED' ? h('div', { class: 'field' }, h('label', { for: every.id }, 'Новый интервал проверки, дней (необязательно)'), every) : null,
    h('div', { class: 'buttons' }, buttons), out);
  if (flash) {
    say(h('p', { class: 'ok' }, flash));
    flash = null;
  }
  return bar;
}

/** Shows the page again with a sentence about what just happened. */
function reloadWith(message: string): void {
  flash = message;
  navigate(location.pathname + location.search);
}

function historySection(pm: Pm): HTMLElement {
  const out = h('div', { role: 'status', 'aria-live': 'polite' });
  const revisions = pm.revisions?.edges.map((e) => e.node) ?? [];
  const latest = revisions[0]?.number;
  return h('section', { class: 'block history', 'aria-label': 'История карточки' }, h('h2', null, 'История'), out,
    revisions.length ? h('ol', { class: 'revisions' }, revisions.map((r) => h('li', { 'data-revision': r.number },
      h('p', null, h('strong', null, `№ ${r.number}`), ` · ${ACTION[r.action] ?? r.action} · ${r.actor} · ${formatDate(r.at)}`,
        r.changedFields.length ? h('span', { class: 'muted small' }, ` · поля: ${r.changedFields.join(', ')}`) : null),
      r.comment ? h('p', { class: 'muted small' }, `«${r.comment}»`) : null,
      r.number !== latest && r.changedFields.length ? h('button', { type: 'button', class: 'secondary small', onclick: async () => {
        try {
          const result = (await gql(RestoreCardRevisionDocument, { input: { id: pm.id, version: pm.version, revision: r.number } })).restoreCardRevision;
          if (result.userErrors.length) {
            clear(out);
            out.append(h('ul', { class: 'error' }, result.userErrors.map((e) => h('li', null, e.code === 'STALE_VERSION'
              ? 'Карточку успели изменить: обновите страницу.' : userErrorText(e)))));
            return;
          }
          reloadWith(`Вернули содержание версии № ${r.number}; это новая версия в истории.`);
        } catch (e) {
          clear(out);
          out.append(h('p', { class: 'error' }, errorText(e)));
        }
      } }, `Вернуть версию № ${r.number}`) : null)))
      : h('p', { class: 'muted' }, 'Истории пока нет.'));
}

/** The release-note form: title, text and audiences; the note goes live to readers at once. */
function releaseNoteForm(pm: Pm): HTMLElement {
  const title = h('input', { id: 'rn-title', name: 'title', type: 'text' });
  const text = h('textarea', { id: 'rn-text', name: 'text', rows: 3 });
  const date = h('input', { id: 'rn-date', name: 'publishedOn', type: 'date', value: new Date().toISOString().slice(0, 10) });
  const audiences = Object.entries(AUDIENCE).map(([value, label]) => h('label', { class: 'pick' },
    h('input', { type: 'checkbox', name: 'audiences', value, checked: value === 'SALES' || value === 'MARKETING' }), ` ${label}`));
  const out = h('div', { role: 'status', 'aria-live': 'polite' });
  const button = h('button', { type: 'submit' }, 'Опубликовать релиз');
  const form = h('form', { class: 'block release-form', 'aria-label': 'Новый релиз', novalidate: true },
    h('h2', null, 'Написать о релизе'),
    pm.status !== 'PUBLISHED' ? h('p', { class: 'muted small' }, 'Карточка ещё не опубликована: продажи и маркетинг увидят заметку, когда её одобрят.') : null,
    h('div', { class: 'field wide' }, h('label', { for: 'rn-title' }, 'Заголовок'), title),
    h('div', { class: 'field wide' }, h('label', { for: 'rn-text' }, 'Что изменилось — простыми словами'), text),
    h('div', { class: 'field' }, h('label', { for: 'rn-date' }, 'Дата'), date),
    h('fieldset', { class: 'picks inline' }, h('legend', null, 'Для кого'), audiences),
    h('p', null, button), out);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const chosen = audiences.map((a) => a.querySelector('input') as HTMLInputElement).filter((i) => i.checked).map((i) => i.value);
    const slug = `${pm.slug.slice(0, 60)}-${Date.now().toString(36)}`;
    button.disabled = true;
    try {
      const result = (await gql(WriteReleaseNoteDocument, { input: { slug, cardSlug: pm.slug, title: title.value, text: text.value,
        publishedOn: date.value || null, audiences: chosen as never } })).createReleaseNote;
      clear(out);
      if (result.userErrors.length || !result.releaseNote) {
        out.append(h('ul', { class: 'error' }, result.userErrors.map((e) => h('li', null,
          fieldPath(e)[0] === 'audiences' ? 'Для кого: отметьте хотя бы одну группу.' : userErrorText(e)))));
        return;
      }
      reloadWith(`Релиз «${result.releaseNote.title}» опубликован: читатели видят его в «Релизах».`);
    } catch (e) {
      clear(out);
      out.append(h('p', { class: 'error' }, errorText(e)));
    } finally {
      button.disabled = false;
    }
  });
  return form;
}

/**
 * The PM's part of the card page: the workflow buttons with the verification state (shown above the card), and the
 * release-note form and history (below it).
 */
export async function pmPanel(slug: string): Promise<{ top: HTMLElement; bottom: HTMLElement } | null> {
  const pm = (await gql(CardForPmDocument, { slug })).featureCard;
  if (!pm) return null;
  const v = pm.verification;
  const top = h('div', { class: 'pm-panel' },
    workflowBar(pm, { editLink: true, afterStep: (_, done) => reloadWith(done) }),
    pm.status === 'PUBLISHED' ? h('p', { class: v.needed ? 'warnings small' : 'muted small' },
      v.lastVerifiedAt ? `Проверена ${formatDate(v.lastVerifiedAt)}${v.lastVerifiedBy ? ` (${v.lastVerifiedBy})` : ''}. ` : '',
      v.dueAt ? `Следующая проверка — ${formatDate(v.dueAt)}. ` : '',
      v.needed ? `Пора проверить: ${v.reasons.map((r) => VERIFICATION_REASON[r] ?? r).join(', ')}.` : '') : null,
    pm.pendingRevision ? pendingNote(pm.slug, pm.pendingRevision) : null);
  return { top, bottom: h('div', { class: 'pm-panel' }, releaseNoteForm(pm), historySection(pm)) };
}
