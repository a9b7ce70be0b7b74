// The card editor's form: one control per field of CardDraft, each writing into the draft as the PM types, with
// the live plain-language check under every text field and the Markdown preview beside the body.
import { type CardDraft, type DraftField, parseTags } from '../cardDraft';
import { clear, h, uid } from '../dom';
import { STAGE } from '../labels';
import { attachPlainCheck } from './plainCheck';

export interface Choices {
  products: { slug: string; name: string }[];
  segments: { slug: string; name: string; criteria: { sentence: string } }[];
  terms: { slug: string; term: string }[];
}

type TextControl = HTMLInputElement | HTMLTextAreaElement;

/** A labelled control with its error slot (`data-field` is the API's field path, for userErrors). */
function wrap(path: string, label: string, control: HTMLElement, hint?: string): HTMLElement {
  const hintId = hint ? uid('hint') : null;
  if (hintId) control.setAttribute('aria-describedby', hintId);
  return h('div', { class: 'field wide', 'data-field': path },
    h('label', { for: control.id }, label), hint ? h('span', { class: 'muted small', id: hintId }, hint) : null, control,
    h('p', { class: 'field-error error', role: 'alert', hidden: true }));
}

/** A text field bound to `get`/`set`, with the live check under it. */
function textField(path: string, label: string, value: string, set: (v: string) => void, opts: { rows?: number; hint?: string } = {}): HTMLElement {
  const id = uid('f');
  const control: TextControl = opts.rows
    ? h('textarea', { id, rows: opts.rows, name: path }, value)
    : h('input', { id, type: 'text', name: path, value });
  control.addEventListener('input', () => set(control.value));
  const check = h('div', { class: 'plain-check', 'aria-live': 'polite' });
  const checkNow = attachPlainCheck(control, check);
  if (value.trim()) checkNow();
  const el = wrap(path, label, control, opts.hint);
  el.append(check);
  return el;
}

/** A list of rows the PM can add to and remove from; `row` builds one row's controls for index i. */
function rows<T>(path: string, legend: string, list: T[], blank: () => T, row: (item: T, i: number) => HTMLElement[], addLabel: string, onChange: () => void): HTMLElement {
  const box = h('fieldset', { class: 'rows', 'data-field': path }, h('legend', null, legend));
  const body = h('div');
  const draw = () => {
    clear(body);
    list.forEach((item, i) => body.append(h('div', { class: 'row' }, ...row(item, i),
      h('button', { type: 'button', class: 'secondary small', onclick: () => { list.splice(i, 1); onChange(); draw(); } }, `Убрать ${i + 1}`))));
    if (!list.length) body.append(h('p', { class: 'muted small' }, 'Пока пусто.'));
  };
  draw();
  box.append(body, h('button', { type: 'button', class: 'secondary', onclick: () => {
    list.push(blank());
    onChange();
    draw();
    (body.lastElementChild?.querySelector('input, textarea') as HTMLElement | null)?.focus();
  } }, addLabel), h('p', { class: 'field-error error', role: 'alert', hidden: true }));
  return box;
}

/** A fieldset of checkboxes that keeps `chosen` in step with the ticks (the card and the segment editors both use it). */
export function checkboxes(path: string, legend: string, options: { value: string; label: string; detail?: string }[], chosen: string[], onChange: () => void, cls = ''): HTMLElement {
  return h('fieldset', { class: `picks ${cls}`, 'data-field': path }, h('legend', null, legend),
    options.length ? options.map((o) => h('label', { class: 'pick' },
      h('input', { type: 'checkbox', name: path, value: o.value, checked: chosen.includes(o.value), onchange: (e: Event) => {
        const box = e.target as HTMLInputElement;
        const at = chosen.indexOf(o.value);
        if (box.checked && at < 0) chosen.push(o.value);
        if (!box.checked && at >= 0) chosen.splice(at, 1);
        onChange();
      } }),
      ' ', h('span', null, o.label), o.detail ? h('span', { class: 'pick-detail muted small' }, o.detail) : null))
      : h('p', { class: 'muted small' }, 'Выбрать пока не из чего.'),
    h('p', { class: 'field-error error', role: 'alert', hidden: true }));
}

/** The body with a live Markdown preview (marked is loaded only when the editor opens). */
function bodyField(d: CardDraft, onChange: () => void): HTMLElement {
  const preview = h('div', { class: 'md-preview body-preview', 'aria-live': 'off' });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const render = async () => {
    const { markdownToHtml } = await import('../markdown');
    // markdownToHtml escapes raw HTML and drops unsafe links and images, so its output is safe to insert.
    preview.innerHTML = d.body.trim() ? markdownToHtml(d.body) : '<p class="muted">Здесь будет предпросмотр.</p>';
  };
  const field = textField('body', 'Подробности (Markdown)', d.body, (v) => {
    d.body = v;
    onChange();
    clearTimeout(timer);
    timer = setTimeout(() => void render(), 150);
  }, { rows: 12, hint: '## заголовок, - пункт списка, 1. нумерация, [текст](https://ссылка), **жирный**. Пустая строка — новый абзац.' });
  void render();
  return h('div', { class: 'body-editor' }, field, h('section', { class: 'preview-box', 'aria-label': 'Предпросмотр' }, h('h3', null, 'Предпросмотр'), preview));
}

/** Builds the whole form for the draft; every change goes into `d` and calls `onChange`. */
export function cardForm(d: CardDraft, choices: Choices, onChange: () => void, slugField: HTMLElement | null): HTMLElement {
  const set = (key: DraftField) => (v: string) => {
    (d as unknown as Record<string, string>)[key] = v;
    onChange();
  };
  const input = (path: string, label: string, key: DraftField, attrs: Record<string, string>, hint?: string) => {
    const control = h('input', { id: uid('f'), name: path, value: d[key] as string, ...attrs });
    control.addEventListener('input', () => set(key)(control.value));
    return wrap(path, label, control, hint);
  };
  const product = h('select', { id: uid('f'), name: 'productSlug', onchange: (e: Event) => set('productSlug')((e.target as HTMLSelectElement).value) },
    h('option', { value: '' }, '— выберите продукт —'),
    choices.products.map((p) => h('option', { value: p.slug, selected: p.slug === d.productSlug }, p.name)));
  const tags = h('input', { id: uid('f'), name: 'tags', type: 'text', value: d.tags.join(', ') });
  tags.addEventListener('input', () => { d.tags = parseTags(tags.value); onChange(); });
  const optOut = h('select', { id: uid('f'), name: 'clientCanOptOut', onchange: (e: Event) => set('rolloutOptOut')((e.target as HTMLSelectElement).value) },
    [['', 'не знаю'], ['yes', 'да, может отключить'], ['no', 'нет, не может']].map(([v, l]) => h('option', { value: v, selected: d.rolloutOptOut === v }, l)));
  const segmentOptions = choices.segments.map((s) => ({ value: s.slug, label: s.name, detail: s.criteria.sentence }));

  return h('div', { class: 'card-form' },
    h('section', { class: 'block' }, h('h2', null, 'Главное'),
      slugField,
      textField('title', 'Заголовок', d.title, set('title')),
      textField('summary', 'Кратко: что это и для кого (одно-два предложения)', d.summary, set('summary'), { rows: 3 }),
      wrap('productSlug', 'Продукт', product),
      checkboxes('funnelStages', 'Этапы воронки', Object.entries(STAGE).map(([value, label]) => ({ value, label })), d.funnelStages, onChange, 'inline'),
      wrap('tags', 'Теги (через запятую)', tags)),
    h('section', { class: 'block' }, h('h2', null, 'Зачем клиенту (JTBD)'),
      rows('jobs', 'Задачи клиента: «Когда …, я хочу …, чтобы …»', d.jobs, () => ({ situation: '', motivation: '', outcome: '' }), (job, i) => [
        textField(`jobs.${i}.situation`, `Ситуация ${i + 1} («Когда …»)`, job.situation, (v) => { job.situation = v; onChange(); }),
        textField(`jobs.${i}.motivation`, `Мотив ${i + 1} («я хочу …»)`, job.motivation, (v) => { job.motivation = v; onChange(); }),
        textField(`jobs.${i}.outcome`, `Результат ${i + 1} («чтобы …»)`, job.outcome, (v) => { job.outcome = v; onChange(); }),
      ], 'Добавить задачу', onChange)),
    h('section', { class: 'block' }, h('h2', null, 'Кому предлагать'),
      checkboxes('targetSegmentSlugs', 'Кому предлагать (сегменты)', segmentOptions, d.targetSegmentSlugs, onChange, 'segments-pick'),
      checkboxes('antiSegmentSlugs', 'Кому не предлагать', segmentOptions, d.antiSegmentSlugs, onChange, 'segments-pick')),
    h('section', { class: 'block' }, h('h2', null, 'Для разговора с клиентом'),
      rows('talkingPoints', 'Что сказать клиенту', d.talkingPoints, () => '', (_, i) => [
        textField(`talkingPoints.${i}`, `Пункт ${i + 1}`, d.talkingPoints[i], (v) => { d.talkingPoints[i] = v; onChange(); }, { rows: 2 }),
      ], 'Добавить пункт', onChange),
      rows('objections', 'Возражения и ответы', d.objections, () => ({ objection: '', answer: '' }), (o, i) => [
        textField(`objections.${i}.objection`, `Возражение ${i + 1}`, o.objection, (v) => { o.objection = v; onChange(); }),
        textField(`objections.${i}.answer`, `Ответ ${i + 1}`, o.answer, (v) => { o.answer = v; onChange(); }, { rows: 2 }),
      ], 'Добавить возражение', onChange)),
    h('section', { class: 'block' }, h('h2', null, 'Подробности'), bodyField(d, onChange),
      checkboxes('glossaryTermSlugs', 'Термины словаря, на которые опирается карточка', choices.terms.map((t) => ({ value: t.slug, label: t.term })),
        d.glossaryTermSlugs, onChange, 'terms-pick')),
    h('section', { class: 'block' }, h('h2', null, 'Раскатка'),
      h('div', { class: 'inline-fields' },
        input('rollout.startDate', 'Начало', 'rolloutStartDate', { type: 'date' }),
        input('rollout.sharePercent', 'Доля клиентов, %', 'rolloutSharePercent', { type: 'text', inputmode: 'decimal' }, 'от 0 до 100'),
        wrap('rollout.clientCanOptOut', 'Клиент может отключить?', optOut))),
    h('section', { class: 'block' }, h('h2', null, 'Кто отвечает'),
      h('div', { class: 'inline-fields' },
        input('owner', 'Владелец (логин продакта)', 'owner', { type: 'text', autocomplete: 'off' }),
        input('verifyEveryDays', 'Проверять раз в, дней', 'verifyEveryDays', { type: 'text', inputmode: 'numeric' }, 'от 1 до 3650'))));
}

/** Shows each error under its field (the nearest one named by its path) and returns those no field took. */
export function showFieldErrors(form: HTMLElement, errors: { path: string[]; text: string }[]): { path: string[]; text: string }[] {
  form.querySelectorAll<HTMLElement>('.field-error').forEach((e) => { e.hidden = true; e.textContent = ''; });
  form.querySelectorAll('[aria-invalid]').forEach((e) => e.removeAttribute('aria-invalid'));
  const left: { path: string[]; text: string }[] = [];
  for (const error of errors) {
    let target: HTMLElement | null = null;
    for (let n = error.path.length; n > 0 && !target; n--) {
      target = form.querySelector<HTMLElement>(`[data-field="${CSS.escape(error.path.slice(0, n).join('.'))}"]`);
    }
    const slot = target?.querySelector<HTMLElement>(':scope > .field-error');
    if (!target || !slot) {
      left.push(error);
      continue;
    }
    slot.hidden = false;
    slot.textContent = slot.textContent ? `${slot.textContent} ${error.text}` : error.text;
    target.querySelector(':scope > input, :scope > textarea, :scope > select')?.setAttribute('aria-invalid', 'true');
  }
  return left;
}
