import { copyButton } from '../copy';
import { clear, h } from '../dom';
import {
  DeleteProfileDocument, type FitFragment as Fit, PitchDocument, PitchFormFieldsDocument, type PitchQuery, SavedProfilesDocument,
  type SavedProfileFragment as Saved, SaveProfileDocument,
} from '../generated/graphql';
import { gql, GraphQLError } from '../gql';
import { CRITERION, CRITERION_TEXT, FIT } from '../labels';
import { pitchPlanText, TOP_POINTS } from '../pitchPlan';
import type { PageContext } from '../router';
import { clientProfileInput, hasProfile, type PitchProfile, readPitch, writePitch } from '../url';

type Match = PitchQuery['pitch']['matches'][number];

/** The URL parameter naming the client, so a reopened saved profile keeps its name for the next save. */
const CLIENT = 'client';

function savedAsProfile(s: Saved): PitchProfile {
  return {
    employees: s.employees ?? undefined, industry: s.industry ?? undefined,
    productsOwned: s.productsOwned ?? null, metrics: s.metrics.map((m) => ({ metric: m.metric, value: m.value })),
  };
}

function withClient(query: string, name: string): string {
  if (!name) return query;
  const params = new URLSearchParams(query);
  params.set(CLIENT, name);
  return `?${params.toString()}`;
}

export async function pitchPage(ctx: PageContext): Promise<void> {
  const profile = readPitch(ctx.params);
  const { products: productPage, pitchForm } = await gql(PitchFormFieldsDocument);
  const products = productPage.edges.map((e) => e.node);

  const size = h('input', { id: 'p-size', name: 'size', type: 'number', min: '0', inputmode: 'numeric', value: profile.employees ?? '' });
  const industry = h('select', { id: 'p-industry', name: 'industry' }, h('option', { value: '' }, 'не знаю'),
    pitchForm.industries.map((i) => h('option', { value: i.key, selected: profile.industry === i.key }, i.name)));
  const known = h('input', { type: 'checkbox', id: 'p-owns-known', checked: profile.productsOwned !== null });
  const boxes = products.map((p) => h('label', { class: 'choice' },
    h('input', { type: 'checkbox', name: 'owns', value: p.slug, checked: profile.productsOwned?.includes(p.slug) ?? false }), ` ${p.name}`));
  const metricInputs = pitchForm.metrics.map((m) => {
    const value = profile.metrics.find((x) => x.metric === m.key)?.value;
    const hint = m.definition ? h('span', { class: 'muted small', id: `p-h-${m.key}` }, m.definition) : null;
    const input = h('input', { id: `p-m-${m.key}`, name: m.key, type: 'number', step: 'any', value: value ?? '', 'aria-describedby': hint ? `p-h-${m.key}` : null });
    return { key: m.key, input, field: h('div', { class: 'field' }, h('label', { for: `p-m-${m.key}` }, m.label), input, hint) };
  });
  const form = h('form', { class: 'pitch-form card-box' },
    h('div', { class: 'field' }, h('label', { for: 'p-size' }, 'Сотрудников в компании'), size),
    h('div', { class: 'field' }, h('label', { for: 'p-industry' }, 'Отрасль'), industry),
    h('fieldset', null, h('legend', null, 'Продукты, которые у клиента уже есть'),
      h('label', { class: 'choice' }, known, ' я знаю, что у клиента есть (без отметок — ничего нет)'), h('div', { class: 'choices' }, boxes)),
    h('fieldset', null, h('legend', null, 'Показатели клиента (если известны)'), h('div', { class: 'metric-fields' }, metricInputs.map((m) => m.field))),
    h('p', null, h('button', { type: 'submit' }, 'Подобрать'), ' ', h('span', { class: 'muted' }, 'Ссылка на эту страницу сохраняет профиль клиента.')));

  const clientName = h('input', { id: 'p-client', name: CLIENT, maxlength: '100', value: ctx.params.get(CLIENT) ?? '', autocomplete: 'off' });
  const saveStatus = h('p', { class: 'muted small', role: 'status' });
  const savedList = h('ul', { class: 'saved-profiles' });
  const saved = h('section', { class: 'card-box saved', 'aria-labelledby': 'saved-title' },
    h('h2', { id: 'saved-title' }, 'Мои клиенты'),
    h('form', { class: 'save-form' }, h('label', { for: 'p-client' }, 'Название клиента'), ' ', clientName, ' ',
      h('button', { type: 'submit' }, 'Сохранить клиента')),
    saveStatus, savedList);
  const results = h('section', { class: 'pitch-results', 'aria-live': 'polite' });
  ctx.main.append(h('h1', null, 'Что предложить клиенту'), form, saved, results);

  const readForm = (): PitchProfile => {
    const employees = Number.parseInt(size.value, 10);
    const owned = boxes.map((b) => b.querySelector('input') as HTMLInputElement).filter((i) => i.checked).map((i) => i.value);
    return {
      employees: Number.isFinite(employees) && employees >= 0 ? employees : undefined,
      industry: industry.value || undefined,
      productsOwned: known.checked || owned.length ? owned : null,
      metrics: metricInputs.flatMap(({ key, input }) => {
        const v = Number.parseFloat(input.value.replace(',', '.'));
        return Number.isFinite(v) ? [{ metric: key, value: v }] : [];
      }),
    };
  };
  /** What the rep told the form, in words, for the copied plan. */
  const describe = (p: PitchProfile): string => {
    const parts: string[] = [];
    if (clientName.value.trim()) parts.push(clientName.value.trim());
    if (p.employees !== undefined) parts.push(`${p.employees} сотрудников`);
    if (p.industry) parts.push(pitchForm.industries.find((i) => i.key === p.industry)?.name ?? p.industry);
    if (p.productsOwned !== null) {
      const names = p.productsOwned.map((slug) => products.find((x) => x.slug === slug)?.name ?? slug);
      parts.push(names.length ? `есть: ${names.join(', ')}` : 'продуктов нет');
    }
    for (const m of p.metrics) parts.push(`${pitchForm.metrics.find((x) => x.key === m.metric)?.label ?? m.metric}: ${String(m.value).replace('.', ',')}`);
    return parts.join('; ');
  };

  const renderSaved = (list: Saved[]) => {
    clear(savedList);
    if (!list.length) {
      savedList.append(h('li', { class: 'muted' }, 'Сохранённых клиентов пока нет: заполните профиль, дайте ему название и сохраните.'));
      return;
    }
    for (const s of list) {
      const remove = h('button', { type: 'button', class: 'link', 'aria-label': `Удалить «${s.name}»` }, 'удалить');
      remove.addEventListener('click', () => void (async () => {
        const result = (await gql(DeleteProfileDocument, { input: { id: s.id, version: s.version } })).deleteClientProfile;
        await loadSaved();
        saveStatus.textContent = result.userErrors.length ? result.userErrors.map((e) => e.message).join(' ') : `«${s.name}» удалён.`;
      })().catch(showError));
      savedList.append(h('li', null, h('a', { href: `/pitch${withClient(writePitch(savedAsProfile(s)), s.name)}` }, s.name), ' ', remove));
    }
  };
  const loadSaved = async () => renderSaved((await gql(SavedProfilesDocument)).savedClientProfiles.edges.map((e) => e.node));
  const showError = (err: unknown) => {
    saveStatus.textContent = err instanceof GraphQLError ? err.message : `Не получилось: ${String(err)}`;
  };

  const fitBlock = (fit: Fit) => h('details', { class: 'fit' },
    h('summary', null, `Признаки сегмента «${fit.segment.name}» — ${FIT[fit.status] ?? fit.status}`),
    h('ul', { class: 'criteria' }, fit.criteria.map((c) => h('li', { class: `crit crit-${c.status.toLowerCase()}` },
      h('span', { class: 'mark', 'aria-label': CRITERION_TEXT[c.status] }, CRITERION[c.status] ?? c.status), ' ', c.criterion,
      c.clientValue ? h('span', { class: 'muted' }, ` (у клиента: ${c.clientValue})`) : null))));
  const matchArticle = (m: Match, n: number) => {
    const objection = m.card.objections[0];
    return h('article', { class: `match verdict-${m.verdict.toLowerCase()}` },
      h('h3', null, `${n}. `, h('a', { href: `/card/${encodeURIComponent(m.card.slug)}` }, m.card.title),
        h('span', { class: 'muted small' }, ` · ${m.card.product.name}`)),
      h('p', { class: 'reason' }, m.reason),
      m.questions.length ? h('div', { class: 'ask' }, h('strong', null, 'Спросите клиента:'),
        h('ul', { class: 'questions' }, m.questions.map((q) => h('li', null, q)))) : null,
      m.card.talkingPoints.length ? h('div', null, h('strong', null, 'Что сказать:'),
        h('ul', { class: 'points' }, m.card.talkingPoints.slice(0, TOP_POINTS).map((t) => h('li', null, t)))) : null,
      objection ? h('p', { class: 'objection' }, h('strong', null, 'Возражение: '), objection.objection, h('br'),
        h('strong', null, 'Ответ: '), objection.answer) : null,
      fitBlock(m.bestSegment));
  };

  const run = async (p: PitchProfile) => {
    ctx.replaceQuery(withClient(writePitch(p), clientName.value.trim()));
    clear(results);
    if (!hasProfile(p)) {
      results.append(h('p', { class: 'muted' }, 'Заполните, что знаете о клиенте: остальное будет считаться неизвестным, а мы подскажем, что спросить.'));
      return;
    }
    results.setAttribute('aria-busy', 'true');
    results.append(h('p', { class: 'muted placeholder' }, 'Подбираем…'));
    const data = (await gql(PitchDocument, { client: clientProfileInput(p) })).pitch;
    results.setAttribute('aria-busy', 'false');
    clear(results);
    const fits = data.matches.filter((m) => m.verdict === 'FITS');
    const ask = data.matches.filter((m) => m.verdict === 'ASK_CLIENT');
    const plan = () => pitchPlanText({ client: describe(p), matches: data.matches, excluded: data.excluded, origin: location.origin });
    results.append(h('p', { class: 'actions' }, copyButton('Скопировать план разговора', plan)));
    results.append(h('h2', { id: 'fits' }, 'Подходит'),
      fits.length ? h('div', null, fits.map((m, i) => matchArticle(m, i + 1))) : h('p', { class: 'muted' }, 'Нет карточек, где клиент подходит по всем признакам.'));
    results.append(h('h2', { id: 'ask' }, 'Может подойти — спросите клиента'),
      ask.length ? h('div', null, ask.map((m, i) => matchArticle(m, fits.length + i + 1))) : h('p', { class: 'muted' }, 'Уточнять нечего.'));
    if (data.excluded.length) {
      results.append(h('h2', null, 'Не предлагать'), h('ul', { class: 'excluded' }, data.excluded.map((x) =>
        h('li', null, h('a', { href: `/card/${encodeURIComponent(x.card.slug)}` }, x.card.title), ` — ${x.explanation}`))));
    }
  };
  const runShowingErrors = (p: PitchProfile) => run(p).catch((err) => {
    results.setAttribute('aria-busy', 'false');
    clear(results);
    const retry = h('button', { type: 'button' }, 'Повторить');
    retry.addEventListener('click', () => void runShowingErrors(readForm()));
    results.append(h('p', { class: 'error', role: 'alert' }, err instanceof GraphQLError ? err.message : 'Не получилось подобрать: сервис недоступен. ', retry));
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void runShowingErrors(readForm());
  });
  saved.querySelector('form')?.addEventListener('submit', (e) => {
    e.preventDefault();
    void (async () => {
      const name = clientName.value.trim();
      const result = (await gql(SaveProfileDocument, { input: { name, profile: clientProfileInput(readForm()) } })).saveClientProfile;
      if (result.userErrors.length) {
        saveStatus.textContent = result.userErrors.map((u) => u.message).join(' ');
        clientName.focus();
        return;
      }
      await loadSaved();
      saveStatus.textContent = `Сохранено как «${result.savedProfile?.name ?? name}».`;
    })().catch(showError);
  });
  await Promise.all([loadSaved().catch(showError), runShowingErrors(profile)]);
}
