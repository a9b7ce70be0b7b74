// The card editor (PMs and admins): create a card or edit one, with the live plain-language check, the Markdown
// preview, a question before unsaved changes are left, and a stale save explained with the typed text kept.
import { type CardDraft, changed, draftInput, draftOf, emptyDraft, mergeStale, numberProblems } from '../cardDraft';
import { clear, h } from '../dom';
import {
  CardLastSavedDocument, CreateCardDocument, EditorCardDocument, EditorChoicesDocument, type EditableCardFragment as Card,
  type SavedCardFragment as Saved, UpdateCardDocument,
} from '../generated/graphql';
import { gql, GraphQLError } from '../gql';
import { STATUS } from '../labels';
import { guardUnsaved, type PageContext } from '../router';
import { fieldLabel, fieldPath, userErrorText } from '../userErrors';
import { workflowBar } from './cardActions';
import { cardForm, type Choices, showFieldErrors } from './editorForm';
import { editedContent, publishedBanner } from './editorPending';

const LEAVE_QUESTION = 'В карточке есть несохранённые изменения. Уйти и потерять их?';

function timeOf(iso: string): string {
  const at = new Date(iso);
  const today = new Date().toDateString() === at.toDateString();
  const time = at.toLocaleTimeString('ru-RU', { hour: '2-digit', minute: '2-digit' });
  return today ? `в ${time}` : `${at.toLocaleDateString('ru-RU', { day: 'numeric', month: 'long' })} в ${time}`;
}

export async function editorPage(ctx: PageContext, slug: string): Promise<void> {
  const creating = slug === '';
  const loading = h('p', { class: 'muted', role: 'status' }, 'Загружаем редактор…');
  ctx.main.append(loading);
  const [choicesData, cardData] = await Promise.all([gql(EditorChoicesDocument), creating ? null : gql(EditorCardDocument, { slug })]);
  loading.remove();
  let card: Card | null = cardData?.featureCard ?? null;
  if (!creating && !card) {
    ctx.main.append(h('h1', null, 'Карточка не найдена'), h('p', null, 'Её нет или её удалили. ', h('a', { href: '/pm' }, 'К странице продакта')));
    return;
  }
  const choices: Choices = {
    products: choicesData.products.edges.map((e) => e.node),
    segments: choicesData.segments.edges.map((e) => e.node),
    terms: choicesData.glossaryTerms.edges.map((e) => e.node),
  };

  let base: CardDraft = card ? draftOf(editedContent(card)) : emptyDraft(ctx.viewer.name);
  let draft: CardDraft = structuredClone(base);
  const dirty = () => changed(draft, base);
  document.title = `${card ? `Правка: ${card.title}` : 'Новая карточка'} — Портал знаний о продукте`;

  const heading = h('h1', null, card ? `Правка карточки «${card.title}»` : 'Новая карточка');
  const status = h('p', { class: 'meta' });
  const banner = h('div');
  const notice = h('div', { class: 'notice', role: 'status', 'aria-live': 'polite' });
  const problems = h('div', { class: 'problems', role: 'alert' });
  const warnings = h('div', { class: 'save-warnings', 'aria-live': 'polite' });
  const formBox = h('div');
  const slugInput = h('input', { id: 'card-slug', name: 'slug', type: 'text', autocomplete: 'off', spellcheck: 'false' });
  let slugField: HTMLElement | null = creating ? h('div', { class: 'field wide', 'data-field': 'slug' }, h('label', { for: 'card-slug' }, 'Адрес карточки (латиница)'),
    h('span', { class: 'muted small' }, 'Строчные латинские буквы, цифры и дефисы, например call-tracking-reports. Потом не меняется.'), slugInput,
    h('p', { class: 'field-error error', role: 'alert', hidden: true })) : null;
  const saveButton = h('button', { type: 'submit' }, creating ? 'Создать карточку' : 'Сохранить');
  const state = h('span', { class: 'muted small save-state', 'aria-live': 'polite' });
  const actions = h('div', { class: 'workflow-slot' });
  const evidenceSlot = h('section', { class: 'block', id: 'evidence-editor', 'data-slot': 'evidence-editor' }, h('h2', null, 'Исследования'));

  const onChange = () => { state.textContent = dirty() ? 'Есть несохранённые изменения.' : ''; };
  const drawForm = () => {
    clear(formBox);
    formBox.append(cardForm(draft, choices, onChange, card ? null : slugField));
    onChange();
  };
  let evidenceMounted = false;
  const drawCardParts = () => {
    clear(status);
    clear(banner);
    clear(actions);
    if (!card) {
      status.append('Новая карточка станет черновиком: её увидят только продакты, пока другой продакт не одобрит её.');
      // The slot is not cleared on redraw (the evidence editor lives there once mounted): add the hint once.
      if (!evidenceSlot.querySelector('.evidence-hint')) {
        evidenceSlot.append(h('p', { class: 'muted evidence-hint' }, 'Исследования можно добавить, когда карточка сохранена.'));
      }
      return;
    }
    status.append(h('span', { class: 'badge status' }, STATUS[card.status] ?? card.status), ' ', h('a', { href: `/card/${encodeURIComponent(card.slug)}` }, 'Открыть карточку'));
    banner.append(publishedBanner(card) ?? '');
    // Mounted once: saving the card or a workflow step must not close an evidence form the PM is filling in.
    if (!evidenceMounted) {
      evidenceSlot.querySelector('.evidence-hint')?.remove();
      evidenceMounted = true;
      const slug = card.slug;
      void import('./evidenceEditor').then((m) => m.mountEvidenceEditor(evidenceSlot, slug, ctx.viewer, 'Исследования'));
    }
    actions.append(workflowBar(card, { dirty, afterStep: (next) => { card = { ...card!, ...next }; drawCardParts(); } }));
  };

  const form = h('form', { class: 'editor', novalidate: true }, formBox,
    h('div', { class: 'save-bar' }, saveButton, ' ', state));
  // The evidence editor has a form of its own, so it sits after the card's form, not inside it.
  ctx.main.append(heading, status, banner, notice, problems, actions, form, warnings, evidenceSlot);
  drawForm();
  drawCardParts();

  const say = (node: HTMLElement, ...content: (Node | string)[]) => { clear(node); node.append(...content); };
  const showProblems = (list: { path: string[]; text: string }[]) => {
    const left = showFieldErrors(form, list);
    clear(problems);
    if (!list.length) return;
    problems.append(h('p', null, h('strong', null, 'Карточка не сохранена.'), ' Исправьте, пожалуйста:'),
      h('ul', null, list.map((p) => h('li', null, p.text))), ...(left.length ? [] : [h('p', { class: 'muted small' }, 'Подробности — у полей ниже.')]));
    problems.scrollIntoView({ block: 'nearest' });
  };

  const explainStale = async () => {
    if (!card) return;
    const last = (await gql(CardLastSavedDocument, { slug: card.slug })).featureCard;
    const rev = last?.revisions?.edges[0]?.node;
    const who = rev ? `Карточку сохранил(а) ${rev.actor} ${timeOf(rev.at)}` : `Карточку изменили ${last ? timeOf(last.updatedAt) : ''}`;
    const reload = h('button', { type: 'button', onclick: () => void refresh() }, 'Обновить');
    say(problems, h('p', null, h('strong', null, `${who}: обновите, ваш текст сохранится.`), ' '), reload);
    reload.focus();
  };

  const refresh = async () => {
    if (!card) return;
    const fresh = (await gql(EditorCardDocument, { slug: card.slug })).featureCard;
    if (!fresh) {
      say(problems, h('p', null, 'Карточку удалили. Скопируйте свой текст, прежде чем уйти со страницы.'));
      return;
    }
    const theirs = draftOf(editedContent(fresh));
    const merge = mergeStale(base, draft, theirs);
    card = fresh;
    base = theirs;
    draft = merge.draft;
    drawForm();
    drawCardParts();
    clear(problems);
    say(notice, h('p', null, `Загрузили свежую версию карточки. Ваши правки на месте — сохраните их.`),
      merge.conflicts.length ? h('p', { class: 'warnings' }, `Эти поля изменили и вы, и другой человек; сохранится ваш текст: ${merge.conflicts.map((f) => fieldLabel([f])).join(', ')}.`) : '');
  };

  const showWarnings = (list: Saved['warnings']) => {
    clear(warnings);
    if (!list.length) return;
    warnings.append(h('section', { class: 'block jargon' }, h('h2', null, 'Жаргон в сохранённой карточке'),
      h('ul', null, list.map((w) => h('li', null, h('strong', null, `«${w.text}»`), ' — ', w.kind === 'DISCOURAGED_TERM' ? 'жаргон.' : 'слово латиницей, которого нет в словаре.',
        w.suggestion ? ` ${w.suggestion}` : '', h('span', { class: 'muted small' }, ` Где: ${w.occurrences.map((o) => fieldLabel(o.field)).join('; ')}.`))))));
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const local = numberProblems(draft).map((p) => ({ path: p.field === 'rolloutSharePercent' ? ['rollout', 'sharePercent'] : [p.field], text: p.message }));
    if (creating && !card && !slugInput.value.trim()) local.unshift({ path: ['slug'], text: 'Адрес карточки: заполните это поле.' });
    if (local.length) {
      showProblems(local);
      return;
    }
    saveButton.disabled = true;
    state.textContent = 'Сохраняем…';
    try {
      const input = draftInput(draft);
      const payload: Saved = card
        ? (await gql(UpdateCardDocument, { input: { ...input, id: card.id, version: card.version } })).updateFeatureCard
        : (await gql(CreateCardDocument, { input: { ...input, slug: slugInput.value.trim() } })).createFeatureCard;
      if (payload.userErrors.some((e) => e.code === 'STALE_VERSION')) {
        state.textContent = 'Не сохранено.';
        await explainStale();
        return;
      }
      if (payload.userErrors.length || !payload.card) {
        state.textContent = 'Не сохранено.';
        showProblems(payload.userErrors.map((e) => ({ path: fieldPath(e), text: userErrorText(e) })));
        return;
      }
      const wasNew = !card;
      card = payload.card;
      base = draftOf(editedContent(card));
      draft = structuredClone(base);
      clear(problems);
      showFieldErrors(form, []);
      showWarnings(payload.warnings);
      if (wasNew) {
        history.replaceState(null, '', `/pm/edit/${encodeURIComponent(card.slug)}`);
        slugField = null;
        heading.textContent = `Правка карточки «${card.title}»`;
        saveButton.textContent = 'Сохранить';
      }
      drawForm();
      drawCardParts();
      const path = encodeURIComponent(card.slug);
      say(notice, card.pendingRevision
        ? h('p', { class: 'ok' }, `Сохранено ${timeOf(new Date().toISOString())} как правка на проверку: продажи видят опубликованный текст, пока другой продакт её не одобрит. `,
          h('a', { href: `/pm?review=${path}` }, 'Правка в очереди'))
        : h('p', { class: 'ok' }, `${wasNew ? 'Карточка создана' : 'Сохранено'} ${timeOf(new Date().toISOString())}. `, h('a', { href: `/card/${path}` }, 'Открыть карточку')));
    } catch (e) {
      state.textContent = 'Не сохранено.';
      say(problems, h('p', null, h('strong', null, 'Не получилось сохранить: '), e instanceof GraphQLError ? e.message : 'нет связи с порталом.',
        ' Ваш текст остался в форме — попробуйте ещё раз.'));
    } finally {
      saveButton.disabled = false;
    }
  });

  // Unsaved changes: a question before leaving through the app, and the browser's own before closing the tab.
  guardUnsaved(ctx, dirty, LEAVE_QUESTION);
}
