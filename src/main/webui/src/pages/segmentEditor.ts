// The segment editor (PMs and admins) at /pm/segments/new and /pm/segment/<slug>: a criteria builder (size, industries,
// products owned and not owned, metric conditions) whose Russian sentence updates as the PM builds it, the count of
// published cards using the segment, and, before an edit is saved, the cards it will flag for re-verification.
import { append, clear, h, uid } from '../dom';
import {
  type ComparisonOperator, type EditableSegmentFragment as Stored, type PreviewSegmentQuery, CreateSegmentDocument, PreviewSegmentDocument,
  SegmentChoicesDocument, SegmentEditorDocument, UpdateSegmentDocument,
} from '../generated/graphql';
import { gql, GraphQLError } from '../gql';
import { cardsCount, formatDate, STATUS } from '../labels';
import { guardUnsaved, navigate, type PageContext } from '../router';
import { type Condition, draftOfSegment, emptySegment, OPERATOR, type SegmentDraft, sameSegment, segmentInput } from '../segmentDraft';
import { fieldPath, userErrorText } from '../userErrors';
import { checkboxes, showFieldErrors } from './editorForm';

type Preview = PreviewSegmentQuery['segmentCriteriaPreview'];

const PAUSE_MS = 400;
const LEAVE_QUESTION = 'В сегменте есть несохранённые изменения. Уйти и потерять их?';
/** Said on the editor shown after a new segment was created. */
let flash: string | null = null;

interface Choices {
  products: { slug: string; name: string }[];
  metrics: { key: string; name: string; unit: string }[];
  industries: { key: string; name: string }[];
}

function when(iso: string): string {
  return `${formatDate(iso)} в ${new Date(iso).toLocaleTimeString('ru-RU', { hour: '2-digit', minute: '2-digit' })}`;
}

const errorSlot = () => h('p', { class: 'field-error error', role: 'alert', hidden: true });

function textField(path: string, label: string, value: string, set: (v: string) => void, attrs: Record<string, string | number> = {}, hint?: string): HTMLElement {
  const id = uid('sg');
  const hintId = hint ? uid('hint') : null;
  const { wide, ...rest } = attrs;
  const el = rest.rows
    ? h('textarea', { id, name: path, rows: rest.rows, 'aria-describedby': hintId }, value)
    : h('input', { type: 'text', autocomplete: 'off', ...rest, id, name: path, value, 'aria-describedby': hintId });
  el.addEventListener('input', () => set(el.value));
  return h('div', { class: `field${rest.rows || wide ? ' wide' : ''}`, 'data-field': path }, h('label', { for: id }, label),
    hint ? h('span', { class: 'muted small', id: hintId }, hint) : null, el, errorSlot());
}

/** The metric conditions: a row each (metric, comparison, value), added and removed by buttons. */
function conditionRows(d: SegmentDraft, choices: Choices, onChange: () => void): HTMLElement {
  const box = h('fieldset', { class: 'rows', 'data-field': 'criteria.metricConditions' }, h('legend', null, 'Условия по показателям клиента'));
  const list = h('div');
  const known = new Set(choices.metrics.map((m) => m.key));
  const draw = () => {
    clear(list);
    d.conditions.forEach((c, i) => {
      const path = `criteria.metricConditions.${i}`;
      const metricId = uid('metric');
      const opId = uid('op');
      const valueId = uid('value');
      const unit = choices.metrics.find((m) => m.key === c.metric)?.unit ?? '';
      const metric = h('select', { id: metricId, name: `${path}.metric`, onchange: (e: Event) => { c.metric = (e.target as HTMLSelectElement).value; onChange(); draw(); } },
        h('option', { value: '' }, '— выберите показатель —'),
        choices.metrics.map((m) => h('option', { value: m.key, selected: m.key === c.metric }, m.name)),
        c.metric && !known.has(c.metric) ? h('option', { value: c.metric, selected: true }, c.metric) : null);
      const op = h('select', { id: opId, name: `${path}.operator`, onchange: (e: Event) => { c.operator = (e.target as HTMLSelectElement).value as ComparisonOperator; onChange(); } },
        (Object.keys(OPERATOR) as ComparisonOperator[]).map((o) => h('option', { value: o, selected: o === c.operator }, OPERATOR[o])));
      const value = h('input', { id: valueId, name: `${path}.threshold`, type: 'text', inputmode: 'decimal', size: 8, value: c.threshold,
        oninput: (e: Event) => { c.threshold = (e.target as HTMLInputElement).value; onChange(); } });
      list.append(h('div', { class: 'row condition' },
        h('div', { class: 'field', 'data-field': `${path}.metric` }, h('label', { for: metricId }, `Показатель ${i + 1}`), metric, errorSlot()),
        h('div', { class: 'field', 'data-field': `${path}.operator` }, h('label', { for: opId }, 'Сравнение'), op, errorSlot()),
        h('div', { class: 'field', 'data-field': `${path}.threshold` }, h('label', { for: valueId }, `Значение${unit ? `, ${unit}` : ''}`), value, errorSlot()),
        h('button', { type: 'button', class: 'secondary small', onclick: () => { d.conditions.splice(i, 1); onChange(); draw(); } }, `Убрать условие ${i + 1}`)));
    });
    if (!d.conditions.length) list.append(h('p', { class: 'muted small' }, 'Условий нет: показатели клиента не важны.'));
  };
  draw();
  box.append(list, h('button', { type: 'button', class: 'secondary', onclick: () => {
    d.conditions.push({ metric: '', operator: 'GT', threshold: '' } satisfies Condition);
    onChange();
    draw();
    list.querySelector<HTMLElement>('.condition:last-of-type select')?.focus();
  } }, 'Добавить условие'), errorSlot());
  return box;
}

/** The builder: every field of the segment, writing into the draft as the PM works. */
function segmentForm(d: SegmentDraft, choices: Choices, onChange: () => void, slugField: HTMLElement | null): HTMLElement {
  const set = (key: 'name' | 'description' | 'sizeMin' | 'sizeMax') => (v: string) => { d[key] = v; onChange(); };
  const industries = [...choices.industries.map((i) => ({ value: i.key, label: i.name })),
    ...d.industries.filter((k) => !choices.industries.some((i) => i.key === k)).map((k) => ({ value: k, label: k }))];
  const products = choices.products.map((p) => ({ value: p.slug, label: p.name }));
  return h('div', null,
    slugField,
    textField('name', 'Название', d.name, set('name'), { wide: 1 }, 'Например: «Работодатели, теряющие звонки кандидатов»'),
    textField('description', 'Кто эти клиенты и почему они важны — простыми словами', d.description, set('description'), { rows: 3 }),
    h('section', { class: 'block' }, h('h2', null, 'Признаки клиента'),
      h('p', { class: 'muted small' }, 'Клиент входит в сегмент, когда выполнены все заданные признаки; пустой признак не проверяется.'),
      h('fieldset', { class: 'inline-fields', 'data-field': 'criteria.size' }, h('legend', null, 'Размер компании, сотрудников'),
        textField('criteria.sizeMin', 'От', d.sizeMin, set('sizeMin'), { inputmode: 'numeric', size: 8 }),
        textField('criteria.sizeMax', 'До', d.sizeMax, set('sizeMax'), { inputmode: 'numeric', size: 8 })),
      checkboxes('criteria.industries', 'Отрасли (ни одной — любая отрасль)', industries, d.industries, onChange, 'inline'),
      checkboxes('criteria.productsOwned', 'Есть продукты', products, d.productsOwned, onChange, 'inline'),
      checkboxes('criteria.productsNotOwned', 'Нет продуктов', products, d.productsNotOwned, onChange, 'inline'),
      conditionRows(d, choices, onChange)));
}

export async function segmentEditorPage(ctx: PageContext, slug: string): Promise<void> {
  const creating = slug === '';
  const loading = h('p', { class: 'muted', role: 'status' }, 'Загружаем редактор сегмента…');
  ctx.main.append(loading);
  const [choicesData, segmentData] = await Promise.all([gql(SegmentChoicesDocument), creating ? null : gql(SegmentEditorDocument, { slug })]);
  loading.remove();
  let stored: Stored | null = segmentData?.segment ?? null;
  if (!creating && !stored) {
    document.title = 'Сегмент не найден — Портал знаний о продукте';
    ctx.main.append(h('h1', null, 'Сегмент не найден'), h('p', null, 'Его нет или его удалили. ', h('a', { href: '/pm/segments' }, 'Ко всем сегментам')));
    return;
  }
  const choices: Choices = {
    products: choicesData.products.edges.map((e) => e.node),
    metrics: choicesData.segmentMetrics,
    industries: choicesData.pitchForm.industries,
  };
  let base: SegmentDraft = stored ? draftOfSegment(stored) : emptySegment();
  const draft: SegmentDraft = structuredClone(base);
  const dirty = () => !sameSegment(draft, base);
  document.title = `${stored ? `Сегмент: ${stored.name}` : 'Новый сегмент'} — Портал знаний о продукте`;

  const slugInput = h('input', { id: 'segment-slug', name: 'slug', type: 'text', autocomplete: 'off', spellcheck: 'false' });
  const slugField = creating ? h('div', { class: 'field wide', 'data-field': 'slug' }, h('label', { for: 'segment-slug' }, 'Адрес сегмента (латиница)'),
    h('span', { class: 'muted small' }, 'Строчные латинские буквы, цифры и дефисы, например retail-missed-calls. Потом не меняется.'), slugInput, errorSlot()) : null;
  const notice = h('div', { class: 'notice', role: 'status', 'aria-live': 'polite' });
  const problems = h('div', { class: 'problems', role: 'alert' });
  const sentence = h('p', { class: 'sentence' });
  const usage = h('p', { class: 'muted small' });
  const reverify = h('div', { class: 'reverify' });
  const preview = h('section', { class: 'segment-preview', 'aria-live': 'polite', 'aria-label': 'Как сегмент читается' },
    h('h2', null, 'Кто входит в сегмент'), sentence, usage, reverify);
  const saveButton = h('button', { type: 'submit' }, creating ? 'Создать сегмент' : 'Сохранить сегмент');
  const state = h('span', { class: 'muted small save-state', 'aria-live': 'polite' });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;
  let lastPreview: Preview | null = null;

  const showUsage = () => {
    clear(usage);
    usage.append(stored ? `С этим сегментом — ${cardsCount(stored.publishedCardCount)}.` : 'Новый сегмент пока не используется ни в одной карточке.');
  };
  const showReverify = (p: Preview) => {
    clear(reverify);
    if (creating) return;
    if (!p.changesSegment) {
      reverify.append(h('p', { class: 'muted small' }, 'Изменений пока нет: сохранять нечего.'));
      return;
    }
    reverify.append(p.cardsToReverify.length
      ? h('div', { class: 'warnings' }, h('p', null, h('strong', null, `После сохранения уйдут на перепроверку (${p.cardsToReverify.length}):`)),
        h('ul', { class: 'reverify-cards' }, p.cardsToReverify.map((c) => h('li', null, h('a', { href: `/card/${encodeURIComponent(c.slug)}` }, c.title),
          c.status !== 'PUBLISHED' ? h('span', { class: 'badge status' }, STATUS[c.status] ?? c.status) : null))))
      : h('p', { class: 'muted small' }, 'Ни одна карточка не уйдёт на перепроверку.'));
  };

  /** Asks the API what saving would do; returns the preview, or null when the draft has problems or the API is down. */
  const previewNow = async (): Promise<Preview | null> => {
    const ask = ++asked;
    const { input, problems: local } = segmentInput(draft);
    if (local.length) {
      showFieldErrors(form, local);
      clear(sentence);
      sentence.append(h('span', { class: 'muted' }, 'Исправьте отмеченные поля — тогда покажем, кто входит в сегмент.'));
      clear(reverify);
      return null;
    }
    preview.setAttribute('aria-busy', 'true');
    try {
      // A name or description not typed yet is left out ("unchanged"), so the sentence shows before they are written.
      const p = (await gql(PreviewSegmentDocument, { input: { ...input, name: input.name.trim() ? input.name : null,
        description: input.description.trim() ? input.description : null, id: stored?.id ?? null } })).segmentCriteriaPreview;
      if (ask !== asked) return null; // a newer draft is being previewed
      lastPreview = p;
      showFieldErrors(form, p.userErrors.map((e) => ({ path: fieldPath(e), text: userErrorText(e) })));
      clear(sentence);
      sentence.append(p.sentence ?? h('span', { class: 'muted' }, 'С такими признаками сегмент не сохранить — см. подсказки у полей.'));
      showReverify(p);
      return p;
    } catch {
      if (ask === asked) {
        clear(sentence);
        sentence.append(h('span', { class: 'muted' }, 'Предпросмотр сейчас недоступен; сохранить всё равно можно.'));
      }
      return null;
    } finally {
      if (ask === asked) preview.removeAttribute('aria-busy');
    }
  };
  const onChange = () => {
    state.textContent = dirty() ? 'Есть несохранённые изменения.' : '';
    clearTimeout(timer);
    timer = setTimeout(() => void previewNow(), PAUSE_MS);
  };

  const heading = h('h1', null, stored ? `Сегмент «${stored.name}»` : 'Новый сегмент');
  const form = h('form', { class: 'editor segment-editor', novalidate: true },
    h('div', { class: 'segment-layout' }, segmentForm(draft, choices, onChange, slugField), preview),
    problems,
    h('div', { class: 'save-bar' }, saveButton, ' ', state));
  append(ctx.main, [h('p', { class: 'meta' }, h('a', { href: '/pm/segments' }, '← Все сегменты')), heading,
    stored ? h('p', { class: 'meta' }, `Изменён ${when(stored.updatedAt)}.`) : null, notice, form]);
  if (flash) {
    notice.append(h('p', { class: 'ok' }, flash));
    flash = null;
  }
  showUsage();
  void previewNow();

  const explainStale = async () => {
    if (!stored) return;
    const fresh = (await gql(SegmentEditorDocument, { slug: stored.slug }).catch(() => null))?.segment;
    const reload = h('button', { type: 'button', class: 'secondary', onclick: () => {
      if (!fresh) return;
      // The PM's criteria stay in the form (they replace the stored ones whole); only the version is the new one.
      stored = fresh;
      base = draftOfSegment(fresh);
      clear(problems);
      showUsage();
      clear(notice);
      notice.append(h('p', null, 'Загрузили свежую версию. Ваши правки на месте — проверьте, какие карточки уйдут на перепроверку, и сохраните.'));
      onChange();
    } }, 'Обновить');
    clear(problems);
    problems.append(h('p', null, h('strong', null, fresh
      ? `Сегмент изменили ${when(fresh.updatedAt)}, пока вы его правили: обновите, ваши правки останутся в форме.`
      : 'Сегмент удалили, пока вы его правили. Скопируйте нужное, прежде чем уйти.'), ' '), fresh ? reload : '');
    if (fresh) reload.focus();
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearTimeout(timer);
    clear(problems);
    const { input, problems: local } = segmentInput(draft);
    if (creating && !slugInput.value.trim()) local.unshift({ path: ['slug'], text: 'Адрес сегмента: заполните это поле.' });
    if (local.length) {
      showFieldErrors(form, local);
      form.querySelector<HTMLElement>('[aria-invalid=true]')?.focus();
      return;
    }
    saveButton.disabled = true;
    state.textContent = 'Сохраняем…';
    try {
      // The cards this save flags, as the API says right now: named in the message after saving.
      const flagged = stored ? ((await previewNow()) ?? lastPreview)?.cardsToReverify ?? [] : [];
      const result = stored
        ? (await gql(UpdateSegmentDocument, { input: { ...input, id: stored.id, version: stored.version } })).updateSegment
        : (await gql(CreateSegmentDocument, { input: { ...input, slug: slugInput.value.trim() } })).createSegment;
      if (result.userErrors.some((e) => e.code === 'STALE_VERSION')) {
        state.textContent = 'Не сохранено.';
        await explainStale();
        return;
      }
      if (result.userErrors.length || !result.segment) {
        state.textContent = 'Не сохранено.';
        const left = showFieldErrors(form, result.userErrors.map((e) => ({ path: fieldPath(e), text: userErrorText(e) })));
        problems.append(h('p', null, h('strong', null, 'Сегмент не сохранён.'), left.length ? ' Исправьте:' : ' Подробности — у полей.'),
          left.length ? h('ul', null, left.map((p) => h('li', null, p.text))) : '');
        form.querySelector<HTMLElement>('[aria-invalid=true]')?.focus();
        return;
      }
      const saved = result.segment;
      base = structuredClone(draft);
      if (!stored) {
        flash = `Сегмент «${saved.name}» создан: его можно выбрать в карточке.`;
        navigate(`/pm/segment/${encodeURIComponent(saved.slug)}`);
        return;
      }
      stored = saved;
      base = draftOfSegment(saved);
      heading.textContent = `Сегмент «${saved.name}»`;
      state.textContent = '';
      clear(notice);
      notice.append(h('p', { class: 'ok' }, `Сегмент сохранён ${when(saved.updatedAt)}.`,
        flagged.length ? ` На перепроверку отправлены: ${flagged.map((c) => `«${c.title}»`).join(', ')}.` : ''));
      showUsage();
      void previewNow();
    } catch (e) {
      state.textContent = 'Не сохранено.';
      problems.append(h('p', null, h('strong', null, 'Не получилось сохранить: '), e instanceof GraphQLError ? e.message : 'нет связи с порталом.',
        ' Ваши правки остались в форме — попробуйте ещё раз.'));
    } finally {
      saveButton.disabled = false;
    }
  });

  // Unsaved changes: a question before leaving through the app, and the browser's own before closing the tab.
  guardUnsaved(ctx, dirty, LEAVE_QUESTION);
}
