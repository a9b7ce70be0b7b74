import { clear, h } from '../dom';
import { GlossaryDocument, type GlossaryFilter, type GlossaryTermKind } from '../generated/graphql';
import { gql } from '../gql';
import type { PageContext } from '../router';

export async function glossaryPage(ctx: PageContext): Promise<void> {
  let query = ctx.params.get('q') ?? '';
  let kind = ctx.params.get('kind') ?? '';
  const input = h('input', { id: 'g-q', type: 'search', value: query, placeholder: 'MQL, отток, онбординг…', autocomplete: 'off' });
  const kinds = h('div', { class: 'tabs', role: 'group', 'aria-label': 'Что показать' });
  const list = h('section', { class: 'glossary', 'aria-live': 'polite' });
  ctx.main.append(h('h1', null, 'Словарь и метрики'),
    h('form', { role: 'search', class: 'searchbar', onsubmit: (e: Event) => e.preventDefault() },
      h('label', { for: 'g-q', class: 'visually-hidden' }, 'Найти термин'), input),
    kinds, list);
  const renderKinds = () => {
    clear(kinds);
    for (const [value, label] of [['', 'Всё'], ['TERM', 'Термины'], ['METRIC', 'Метрики']]) {
      kinds.append(h('button', { type: 'button', 'aria-pressed': String(kind === value), onclick: () => { kind = value; renderKinds(); void load(); } }, label));
    }
  };
  let seq = 0;
  const load = async () => {
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    if (kind) params.set('kind', kind);
    ctx.replaceQuery(params.toString() ? `?${params}` : '');
    const filter: GlossaryFilter = {};
    if (query.trim()) filter.query = query.trim();
    if (kind) filter.kind = kind as GlossaryTermKind;
    const mine = ++seq;
    list.setAttribute('aria-busy', 'true');
    const data = await gql(GlossaryDocument, { filter: Object.keys(filter).length ? filter : null });
    if (mine !== seq) return;
    list.setAttribute('aria-busy', 'false');
    clear(list);
    if (!data.glossaryTerms.edges.length) {
      list.append(h('p', null, `Ничего не нашлось по «${query}». Попробуйте английское написание или сокращение.`));
      return;
    }
    list.append(h('dl', null, data.glossaryTerms.edges.flatMap(({ node: t }) => [
      h('dt', { id: `term-${t.slug}` }, t.term, t.kind === 'METRIC' ? h('span', { class: 'badge' }, 'метрика') : null,
        t.discouraged ? h('span', { class: 'badge status' }, 'лучше не употреблять') : null,
        t.aliases.length ? h('span', { class: 'muted small' }, ` (${t.aliases.join(', ')})`) : null),
      h('dd', null, h('p', null, t.definition),
        t.formula ? h('p', { class: 'formula' }, `Формула: ${t.formula}`) : null,
        t.ownerTeam ? h('p', { class: 'muted small' }, `Отвечает: ${t.ownerTeam}`) : null),
    ])));
  };
  let timer: number | undefined;
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => { query = input.value; void load(); }, 200);
  });
  renderKinds();
  await load();
}
