// The evidence editor (PMs and admins), on the card page and in the card editor: the card's evidence with «Изменить»
// and, for admins, «Удалить»; a form per kind whose figures are previewed as the PM types (verdict, 95% interval and
// the quotable claim, from the API's own statistics through evidencePreview), with problems shown by their fields.
import { clear, h, uid } from '../dom';
import {
  type EditableEvidenceFragment as Stored, type EvidenceFiguresFragment as Figures, type EvidenceKind, CardEvidenceDocument, CreateEvidenceDocument,
  DeleteEvidenceDocument, EvidenceLastSavedDocument, PreviewEvidenceDocument, UpdateEvidenceDocument,
} from '../generated/graphql';
import { checkFigures, draftOfEvidence, emptyEvidence, type EvidenceDraft, evidenceInput, intervalText, type Problem, ru, sameEvidence } from '../evidenceDraft';
import { gql, GraphQLError } from '../gql';
import { EVIDENCE, formatDate, VERDICT } from '../labels';
import type { Viewer } from '../router';
import { fieldPath, userErrorText } from '../userErrors';
import { showFieldErrors } from './editorForm';

/** How long after the last keystroke the figures are previewed. */
const PAUSE_MS = 300;
const FIGURE_BLOCKS = ['abTest', 'survey', 'pilot'];
const DISCARD_QUESTION = 'Исследование не сохранено. Закрыть форму и потерять введённое?';

function when(iso: string): string {
  const at = new Date(iso);
  return `${formatDate(iso)} в ${at.toLocaleTimeString('ru-RU', { hour: '2-digit', minute: '2-digit' })}`;
}

const signed = (n: number, digits = 1) => `${n > 0 ? '+' : ''}${ru(n, digits)}`;

/** The verdict, the claim a sales rep may quote, and the numbers behind them, in Russian. */
export function figuresView(kind: EvidenceKind, s: Figures, sampleSize: number | null): HTMLElement {
  const lines: string[] = [];
  if (kind === 'AB_TEST') {
    if (s.controlRate !== null && s.variantRate !== null) lines.push(`Конверсия: без функции ${ru(s.controlRate)} %, с функцией ${ru(s.variantRate)} %`);
    if (s.absoluteUpliftPoints !== null) {
      lines.push(`Разница: ${signed(s.absoluteUpliftPoints)} п.п.${s.relativeUpliftPercent !== null ? ` (${signed(s.relativeUpliftPercent)} % к результату без функции)` : ''}`);
    }
    if (s.differenceInterval) lines.push(`95% доверительный интервал разницы: ${intervalText(s.differenceInterval.low, s.differenceInterval.high, 'п.п.', true)}`);
    if (s.pValue !== null) lines.push(`p-значение: ${s.pValue < 0.001 ? 'меньше 0,001' : ru(s.pValue, 3)}`);
  } else if (kind === 'PILOT') {
    if (s.change !== null) lines.push(`Изменение после пилота: ${signed(s.change, 4)}${s.relativeChangePercent !== null ? ` (${signed(s.relativeChangePercent)} %)` : ''}`);
  } else {
    if (s.satisfiedShare !== null) lines.push(`Довольных: ${ru(s.satisfiedShare)} %`);
    if (s.interval) lines.push(`95% доверительный интервал доли: ${intervalText(s.interval.low, s.interval.high, '%')}`);
  }
  if (sampleSize) lines.push(`Выборка: ${sampleSize}`);
  return h('div', { class: 'evidence-figures' },
    h('p', { class: `claim verdict-${s.verdict.toLowerCase()}` }, h('strong', null, `${VERDICT[s.verdict] ?? s.verdict}. `), s.claim),
    lines.length ? h('ul', { class: 'figures' }, lines.map((l) => h('li', null, l))) : null);
}

/** A labelled text control bound to one field of the draft, with its error slot (`data-field` is the API's path). */
function control(draft: EvidenceDraft, key: keyof EvidenceDraft, path: string, label: string, onInput: () => void,
  attrs: Record<string, string | number> = {}, hint?: string): HTMLElement {
  const id = uid('ev');
  const hintId = hint ? uid('hint') : null;
  const el = attrs.rows
    ? h('textarea', { id, name: path, rows: attrs.rows, 'aria-describedby': hintId }, draft[key])
    : h('input', { type: 'text', autocomplete: 'off', ...attrs, id, name: path, value: draft[key], 'aria-describedby': hintId });
  el.addEventListener('input', () => {
    (draft as unknown as Record<string, string>)[key] = el.value;
    onInput();
  });
  return h('div', { class: `field${attrs.rows ? ' wide' : ''}`, 'data-field': path }, h('label', { for: id }, label),
    hint ? h('span', { class: 'muted small', id: hintId }, hint) : null, el, h('p', { class: 'field-error error', role: 'alert', hidden: true }));
}

/** The figures of one kind: what the API takes for it. */
function figureFields(d: EvidenceDraft, onInput: () => void): HTMLElement {
  const num = { inputmode: 'numeric' };
  const f = (key: keyof EvidenceDraft, path: string, label: string, attrs: Record<string, string> = num, hint?: string) =>
    control(d, key, path, label, onInput, attrs, hint);
  if (d.kind === 'AB_TEST') {
    return h('fieldset', { class: 'figures-box', 'data-field': 'abTest' }, h('legend', null, 'Цифры A/B-теста'),
      h('div', { class: 'arms' },
        h('div', { class: 'arm' }, h('h4', null, 'Без функции (контрольная группа)'),
          f('controlUsers', 'abTest.controlUsers', 'Пользователей'), f('controlConversions', 'abTest.controlConversions', 'Из них сделали целевое действие')),
        h('div', { class: 'arm' }, h('h4', null, 'С функцией'),
          f('variantUsers', 'abTest.variantUsers', 'Пользователей'), f('variantConversions', 'abTest.variantConversions', 'Из них сделали целевое действие'))),
      h('p', { class: 'field-error error', role: 'alert', hidden: true }));
  }
  if (d.kind === 'SURVEY' || d.kind === 'INTERVIEW') {
    return h('fieldset', { class: 'figures-box', 'data-field': 'survey' }, h('legend', null, d.kind === 'SURVEY' ? 'Ответы опроса' : 'Ответы на интервью'),
      h('div', { class: 'inline-fields' }, f('respondents', 'survey.respondents', 'Ответили, человек'), f('satisfied', 'survey.satisfied', 'Из них довольны')),
      h('p', { class: 'field-error error', role: 'alert', hidden: true }));
  }
  return h('fieldset', { class: 'figures-box', 'data-field': 'pilot' }, h('legend', null, 'До и после пилота'),
    f('metric', 'pilot.metric', 'Что измеряли', {}, 'Например: «Доля пропущенных звонков, %»'),
    h('div', { class: 'inline-fields' }, f('before', 'pilot.before', 'До', { inputmode: 'decimal' }), f('after', 'pilot.after', 'После', { inputmode: 'decimal' }),
      f('participants', 'pilot.participants', 'Участников (если известно)')),
    h('p', { class: 'field-error error', role: 'alert', hidden: true }));
}

function evidenceItem(e: Stored, actions: HTMLElement | null): HTMLElement {
  return h('li', { 'data-evidence': e.slug },
    h('p', null, h('span', { class: 'badge' }, EVIDENCE[e.kind] ?? e.kind), ' ', h('strong', null, e.title),
      h('span', { class: 'muted' }, ` · ${formatDate(e.conductedOn)}`), e.sampleSize ? h('span', { class: 'muted' }, ` · выборка ${e.sampleSize}`) : null),
    e.conclusion ? h('p', null, e.conclusion) : null,
    figuresView(e.kind, e.statistics, null), actions);
}

interface Open {
  stored: Stored | null;
  base: EvidenceDraft;
  draft: EvidenceDraft;
}

/**
 * Shows the card's evidence in `host` (under `heading`) with the editor. Loading, error (with a retry), not-found
 * and empty states are its own; nothing else on the page waits for it.
 */
export async function mountEvidenceEditor(host: HTMLElement, cardSlug: string, viewer: Viewer, heading: string): Promise<void> {
  const isAdmin = viewer.roles.includes('ADMIN');
  const notice = h('div', { class: 'notice', role: 'status', 'aria-live': 'polite' });
  const body = h('div', { class: 'evidence-editor' });
  clear(host);
  host.append(h('h2', null, heading), notice, body);
  let items: Stored[] = [];
  let open: Open | null = null;
  let addButton: HTMLButtonElement | null = null;

  const say = (cls: string, ...content: (Node | string)[]) => { clear(notice); if (content.length) notice.append(h('p', { class: cls }, ...content)); };
  const mayDiscard = () => !open || sameEvidence(open.draft, open.base) || confirm(DISCARD_QUESTION);

  const drawList = () => {
    clear(body);
    body.append(items.length
      ? h('ul', { class: 'evidence' }, items.map((e) => evidenceItem(e, h('p', { class: 'buttons' },
        h('button', { type: 'button', class: 'secondary small', onclick: () => edit(e) }, `Изменить «${e.title}»`),
        isAdmin ? h('button', { type: 'button', class: 'secondary small danger', onclick: () => void remove(e) }, 'Удалить') : null))))
      : h('p', { class: 'muted' }, 'Исследований пока нет. Добавьте A/B-тест, опрос, интервью или пилот — портал сам скажет, что из них можно утверждать.'));
    addButton = h('button', { type: 'button', class: 'secondary', onclick: () => edit(null) }, 'Добавить исследование');
    body.append(h('p', null, addButton));
  };

  const load = async (): Promise<boolean> => {
    clear(body);
    body.append(h('p', { class: 'muted', role: 'status' }, 'Загружаем исследования…'));
    try {
      const card = (await gql(CardEvidenceDocument, { slug: cardSlug })).featureCard;
      if (!card) {
        clear(body);
        body.append(h('p', null, 'Карточка не найдена: исследования добавить некуда.'));
        return false;
      }
      items = card.evidence;
      return true;
    } catch (e) {
      clear(body);
      body.append(h('p', { class: 'error', role: 'alert' }, `Не получилось загрузить исследования: ${e instanceof GraphQLError ? e.message : 'нет связи с порталом'}. `,
        h('button', { type: 'button', class: 'secondary small', onclick: () => void load().then((ok) => ok && drawList()) }, 'Попробовать ещё раз')));
      return false;
    }
  };

  const remove = async (e: Stored) => {
    if (!mayDiscard() || !confirm(`Удалить исследование «${e.title}»? Вернуть его будет нельзя.`)) return;
    try {
      const result = (await gql(DeleteEvidenceDocument, { input: { id: e.id, version: e.version } })).deleteEvidence;
      if (result.userErrors.length) {
        say('error', result.userErrors.some((u) => u.code === 'STALE_VERSION')
          ? 'Исследование успели изменить: обновите страницу и удалите снова.' : result.userErrors.map(userErrorText).join(' '));
        return;
      }
      open = null;
      items = items.filter((i) => i.id !== e.id);
      drawList();
      say('ok', `Исследование «${e.title}» удалено.`);
    } catch (err) {
      say('error', `Не получилось удалить: ${err instanceof GraphQLError ? err.message : 'нет связи с порталом'}.`);
    }
  };

  function edit(stored: Stored | null): void {
    if (!mayDiscard()) return;
    const base = stored ? draftOfEvidence(stored) : emptyEvidence(cardSlug, new Date().toISOString().slice(0, 10), Date.now().toString(36));
    open = { stored, base, draft: structuredClone(base) };
    drawList();
    say('');
    body.append(formFor(open));
    body.querySelector<HTMLElement>('.evidence-form input[name=kind]:checked')?.focus();
    body.querySelector('.evidence-form')?.scrollIntoView({ block: 'nearest' });
  }

  function formFor(current: Open): HTMLElement {
    const d = current.draft;
    const problems = h('div', { class: 'problems', role: 'alert' });
    const preview = h('section', { class: 'evidence-preview', 'aria-live': 'polite', 'aria-label': 'Что можно утверждать' });
    const figuresBox = h('div');
    const saveButton = h('button', { type: 'submit' }, current.stored ? 'Сохранить исследование' : 'Добавить исследование');
    let saveErrors: Problem[] = [];
    let timer: ReturnType<typeof setTimeout> | undefined;
    let asked = 0;

    const showPreview = (...content: (Node | string)[]) => {
      clear(preview);
      preview.append(h('h3', null, 'Что можно утверждать'), ...content);
    };
    const showErrors = (figureProblems: Problem[]) => showFieldErrors(form, [...saveErrors, ...figureProblems]);

    const previewNow = async () => {
      const ask = ++asked;
      const check = checkFigures(d);
      if (check.problems.length || check.incomplete) {
        showErrors(check.problems);
        showPreview(h('p', { class: 'muted' }, check.problems.length ? 'Исправьте цифры — тогда покажем вывод.' : 'Введите цифры — вывод появится здесь, пока вы печатаете.'));
        return;
      }
      preview.setAttribute('aria-busy', 'true');
      try {
        const result = (await gql(PreviewEvidenceDocument, { input: check.figures! })).evidencePreview;
        if (ask !== asked) return; // newer figures are on their way
        const refused = result.userErrors.map((e) => ({ path: fieldPath(e), text: userErrorText(e) }));
        showErrors(refused);
        showPreview(result.statistics ? figuresView(d.kind, result.statistics, result.sampleSize)
          : h('p', { class: 'error' }, 'С такими цифрами портал вывод не сделает — см. подсказки у полей.'),
        h('p', { class: 'muted small' }, 'Посчитано порталом так же, как для сохранённых исследований; пока не сохранено.'));
      } catch {
        if (ask === asked) showPreview(h('p', { class: 'muted' }, 'Предпросмотр сейчас недоступен; сохранить всё равно можно.'));
      } finally {
        if (ask === asked) preview.removeAttribute('aria-busy');
      }
    };
    const onInput = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void previewNow(), PAUSE_MS);
    };
    const drawFigures = () => {
      clear(figuresBox);
      figuresBox.append(figureFields(d, onInput));
    };

    const kinds = h('fieldset', { class: 'picks inline', 'data-field': 'kind' }, h('legend', null, 'Что это было'),
      (Object.keys(EVIDENCE) as EvidenceKind[]).map((k) => h('label', { class: 'pick' },
        h('input', { type: 'radio', name: 'kind', value: k, checked: d.kind === k, onchange: () => {
          d.kind = k;
          drawFigures();
          void previewNow();
        } }), ` ${EVIDENCE[k]}`)),
      h('p', { class: 'field-error error', role: 'alert', hidden: true }));

    const form = h('form', { class: 'block evidence-form', novalidate: true, 'aria-label': current.stored ? `Правка исследования «${current.stored.title}»` : 'Новое исследование' },
      h('h3', null, current.stored ? `Правка: «${current.stored.title}»` : 'Новое исследование'),
      kinds,
      control(d, 'title', 'title', 'Название', () => {}, { class: 'wide-input' }, 'Например: «A/B-тест отчёта по филиалам, март»'),
      h('div', { class: 'inline-fields' },
        control(d, 'conductedOn', 'conductedOn', 'Когда проводили', () => {}, { type: 'date', max: new Date().toISOString().slice(0, 10) }),
        current.stored ? null : control(d, 'slug', 'slug', 'Адрес (латиница)', () => {}, { spellcheck: 'false' }, 'Строчные латинские буквы, цифры и дефисы; потом не меняется.')),
      figuresBox,
      preview,
      control(d, 'conclusion', 'conclusion', 'Что это значит — простыми словами', () => {}, { rows: 3 }),
      problems,
      h('p', { class: 'buttons' }, saveButton, ' ', h('button', { type: 'button', class: 'secondary', onclick: () => {
        if (!mayDiscard()) return;
        open = null;
        drawList();
        addButton?.focus();
      } }, 'Отмена')));

    const explainStale = async (slug: string) => {
      const last = (await gql(EvidenceLastSavedDocument, { slug }).catch(() => null))?.evidence;
      const reload = h('button', { type: 'button', class: 'secondary', onclick: async () => {
        if (!(await load())) return;
        const fresh = items.find((i) => i.id === current.stored?.id);
        drawList();
        if (!fresh) {
          say('error', 'Исследование удалили, пока вы его правили.');
          open = null;
          return;
        }
        // The PM's figures stay; only the version to save against is the new one.
        current.stored = fresh;
        current.base = draftOfEvidence(fresh);
        body.append(form);
        clear(problems);
        problems.append(h('p', null, 'Загрузили свежую версию. Ваши цифры на месте — проверьте вывод и сохраните.'));
        void previewNow();
      } }, 'Обновить');
      clear(problems);
      problems.append(h('p', null, h('strong', null, `Исследование изменили${last ? ` ${when(last.updatedAt)}` : ''}, пока форма была открыта: обновите, ваши цифры останутся в форме.`), ' ', reload));
      reload.focus();
    };

    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearTimeout(timer);
      const check = checkFigures(d);
      const local = [...check.problems];
      if (check.incomplete && !check.problems.length) {
        local.push({ path: [d.kind === 'AB_TEST' ? 'abTest' : d.kind === 'PILOT' ? 'pilot' : 'survey'], text: 'Заполните все цифры исследования.' });
      }
      if (!current.stored && !d.slug.trim()) local.push({ path: ['slug'], text: 'Адрес: заполните это поле.' });
      saveErrors = [];
      clear(problems);
      if (local.length) {
        showErrors(local);
        form.querySelector<HTMLElement>('[aria-invalid=true]')?.focus();
        return;
      }
      saveButton.disabled = true;
      try {
        const input = evidenceInput(d, check);
        const result = current.stored
          ? (await gql(UpdateEvidenceDocument, { input: { ...input, id: current.stored.id, version: current.stored.version } })).updateEvidence
          : (await gql(CreateEvidenceDocument, { input: { ...input, slug: d.slug.trim(), cardSlug } })).createEvidence;
        if (result.userErrors.some((e) => e.code === 'STALE_VERSION') && current.stored) {
          await explainStale(current.stored.slug);
          return;
        }
        if (result.userErrors.length || !result.evidence) {
          const all = result.userErrors.map((e) => ({ path: fieldPath(e), text: userErrorText(e) }));
          saveErrors = all.filter((p) => !FIGURE_BLOCKS.includes(p.path[0]));
          const left = showErrors(all.filter((p) => FIGURE_BLOCKS.includes(p.path[0])));
          problems.append(h('p', null, h('strong', null, 'Исследование не сохранено.'), left.length ? ' Исправьте:' : ' Подробности — у полей.'),
            left.length ? h('ul', null, left.map((p) => h('li', null, p.text))) : '');
          form.querySelector<HTMLElement>('[aria-invalid=true]')?.focus();
          return;
        }
        const saved = result.evidence;
        items = current.stored ? items.map((i) => (i.id === saved.id ? saved : i)) : [saved, ...items];
        open = null;
        drawList();
        say('ok', `Исследование «${saved.title}» сохранено: карточка показывает его вывод. `,
          saved.statistics ? `${VERDICT[saved.statistics.verdict] ?? ''}.` : '');
        body.querySelector<HTMLElement>(`[data-evidence="${CSS.escape(saved.slug)}"] button`)?.focus();
      } catch (e) {
        clear(problems);
        problems.append(h('p', null, h('strong', null, 'Не получилось сохранить: '), e instanceof GraphQLError ? e.message : 'нет связи с порталом.', ' Цифры остались в форме — попробуйте ещё раз.'));
      } finally {
        saveButton.disabled = false;
      }
    });

    drawFigures();
    void previewNow();
    return form;
  }

  if (await load()) drawList();
}
