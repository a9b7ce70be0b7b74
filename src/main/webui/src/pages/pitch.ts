import { clear, h } from '../dom';
import { type FitFragment as Fit, PitchDocument, PitchProductsDocument } from '../generated/graphql';
import { gql } from '../gql';
import { CRITERION, CRITERION_TEXT, FIT } from '../labels';
import type { PageContext } from '../router';
import { clientProfileInput, hasProfile, type PitchProfile, readPitch, writePitch } from '../url';

const INDUSTRIES: [string, string][] = [
  ['', 'не знаю'], ['retail', 'розница'], ['horeca', 'общепит и гостиницы'], ['logistics', 'логистика'], ['it', 'ИТ'],
  ['finance', 'финансы'], ['healthcare', 'медицина'], ['manufacturing', 'производство'], ['construction', 'строительство'],
];
const METRICS: [string, string][] = [
  ['missed_call_share', 'Доля пропущенных звонков, %'], ['open_vacancies', 'Открытых вакансий'], ['days_since_signup', 'Дней с регистрации'],
];

export async function pitchPage(ctx: PageContext): Promise<void> {
  const profile = readPitch(ctx.params);
  const products = (await gql(PitchProductsDocument)).products.edges.map((e) => e.node);

  const size = h('input', { id: 'p-size', name: 'size', type: 'number', min: '0', inputmode: 'numeric', value: profile.employees ?? '' });
  const industry = h('select', { id: 'p-industry', name: 'industry' },
    INDUSTRIES.map(([value, label]) => h('option', { value, selected: (profile.industry ?? '') === value }, label)));
  if (profile.industry && !INDUSTRIES.some(([v]) => v === profile.industry)) industry.append(h('option', { value: profile.industry, selected: true }, profile.industry));
  const known = h('input', { type: 'checkbox', id: 'p-owns-known', checked: profile.productsOwned !== null });
  const boxes = products.map((p) => h('label', { class: 'choice' },
    h('input', { type: 'checkbox', name: 'owns', value: p.slug, checked: profile.productsOwned?.includes(p.slug) ?? false }), ` ${p.name}`));
  const metricInputs = METRICS.map(([key, label]) => {
    const value = profile.metrics.find((m) => m.metric === key)?.value;
    return [key, h('input', { id: `p-m-${key}`, name: key, type: 'number', step: 'any', value: value ?? '' }), label] as const;
  });
  const form = h('form', { class: 'pitch-form card-box' },
    h('div', { class: 'field' }, h('label', { for: 'p-size' }, 'Сотрудников в компании'), size),
    h('div', { class: 'field' }, h('label', { for: 'p-industry' }, 'Отрасль'), industry),
    h('fieldset', null, h('legend', null, 'Продукты, которые у клиента уже есть'),
      h('label', { class: 'choice' }, known, ' я знаю, что у клиента есть (без отметок — ничего нет)'), h('div', { class: 'choices' }, boxes)),
    h('fieldset', null, h('legend', null, 'Показатели клиента (если известны)'),
      metricInputs.map(([key, input, label]) => h('div', { class: 'field' }, h('label', { for: `p-m-${key}` }, label), input))),
    h('p', null, h('button', { type: 'submit' }, 'Подобрать'), ' ', h('span', { class: 'muted' }, 'Ссылка на эту страницу сохраняет профиль клиента.')));
  const results = h('section', { class: 'pitch-results', 'aria-live': 'polite' });
  ctx.main.append(h('h1', null, 'Что предложить клиенту'), form, results);

  const readForm = (): PitchProfile => {
    const employees = Number.parseInt(size.value, 10);
    const owned = boxes.map((b) => b.querySelector('input') as HTMLInputElement).filter((i) => i.checked).map((i) => i.value);
    return {
      employees: Number.isFinite(employees) && employees >= 0 ? employees : undefined,
      industry: industry.value || undefined,
      productsOwned: known.checked || owned.length ? owned : null,
      metrics: metricInputs.flatMap(([key, input]) => {
        const v = Number.parseFloat(input.value);
        return Number.isFinite(v) ? [{ metric: key, value: v }] : [];
      }),
    };
  };
  const fitBlock = (fit: Fit) => h('div', { class: 'fit' },
    h('p', null, h('strong', null, fit.segment.name), ` — ${FIT[fit.status] ?? fit.status}`),
    h('ul', { class: 'criteria' }, fit.criteria.map((c) => h('li', { class: `crit crit-${c.status.toLowerCase()}` },
      h('span', { class: 'mark', 'aria-label': CRITERION_TEXT[c.status] }, CRITERION[c.status] ?? c.status), ' ', c.criterion,
      c.clientValue ? h('span', { class: 'muted' }, ` (у клиента: ${c.clientValue})`) : null))));

  const run = async (p: PitchProfile) => {
    ctx.replaceQuery(writePitch(p));
    clear(results);
    if (!hasProfile(p)) {
      results.append(h('p', { class: 'muted' }, 'Заполните, что знаете о клиенте: остальное будет считаться неизвестным.'));
      return;
    }
    results.setAttribute('aria-busy', 'true');
    const data = (await gql(PitchDocument, { client: clientProfileInput(p) })).pitch;
    results.setAttribute('aria-busy', 'false');
    clear(results);
    results.append(h('h2', null, data.matches.length ? 'Подходит клиенту' : 'Подходящих карточек не нашлось'),
      h('p', { class: 'muted small' }, data.ranking));
    data.matches.forEach((m, i) => results.append(h('article', { class: 'match' },
      h('h3', null, `${i + 1}. `, h('a', { href: `/card/${encodeURIComponent(m.card.slug)}` }, m.card.title),
        h('span', { class: 'score' }, ` соответствие ${Math.round(m.fit * 100)} %`)),
      h('p', { class: 'muted' }, m.card.product.name, ' · ', m.card.summary),
      fitBlock(m.bestSegment),
      m.warnings.length ? h('ul', { class: 'warnings' }, m.warnings.map((w) => h('li', null, w))) : null)));
    if (data.excluded.length) {
      results.append(h('h2', null, 'Не предлагать'), h('ul', { class: 'excluded' }, data.excluded.map((x) =>
        h('li', null, h('a', { href: `/card/${encodeURIComponent(x.card.slug)}` }, x.card.title), ` — ${x.explanation}`))));
    }
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run(readForm()).catch((err) => results.append(h('p', { class: 'error', role: 'alert' }, String(err))));
  });
  await run(profile);
}
