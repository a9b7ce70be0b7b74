import { clear, h, uid } from '../dom';
import { FacetNamesDocument, SearchBoxDocument, type SearchBoxQuery, SearchPageDocument, type SearchPageQuery } from '../generated/graphql';
import { cancellable, gql, GraphQLError, SignInNeeded } from '../gql';
import { FACET, STAGE, STATUS, TYPE } from '../labels';
import { navigate, type PageContext } from '../router';
import { cardsFirst, matchReason } from '../searchHits';
import { signInAgain, unavailable } from '../states';
import { highlightPieces, plural, suggestPrefix } from '../text';
import { type FilterKey, readSearch, searchFilter, type SearchState, toggleFilter, writeSearch } from '../url';

let names: Promise<Map<string, string>> | null = null;

/** Product and segment names for the facets, which carry slugs; loaded once per page load. */
function facetNames(): Promise<Map<string, string>> {
  names ??= gql(FacetNamesDocument)
    .then((d) => new Map([...d.products.edges, ...d.segments.edges].map((e) => [e.node.slug, e.node.name] as [string, string])))
    .catch(() => new Map<string, string>());
  return names;
}

type Suggestion = SearchBoxQuery['suggest'][number];
type Results = SearchPageQuery['search'];
type Hit = Results['edges'][number]['node'];
type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;
/** A hit's node read through any of its types (card, segment, term, note): the fields of the others are absent. */
type HitFields = Partial<UnionToIntersection<Exclude<NonNullable<Hit['node']>, Record<PropertyKey, never>>>>;

const FACET_FIELDS: [FilterKey, keyof Results['facets']][] = [['type', 'type'], ['product', 'product'], ['stage', 'funnelStage'], ['segment', 'segment'], ['tag', 'tag']];
/** Results per page; «Показать ещё» loads the next page under them. */
const PAGE = 20;
/** How long typing must pause before the results follow it. */
const TYPING_PAUSE_MS = 250;

/** Where a hit leads: cards and segments to their pages, terms to the glossary, notes to their card. */
function hitHref(hit: Hit): string {
  const node: HitFields | null = hit.node;
  if (hit.type === 'CARD') return `/card/${encodeURIComponent(hit.slug)}`;
  if (hit.type === 'SEGMENT') return `/segment/${encodeURIComponent(hit.slug)}`;
  if (hit.type === 'GLOSSARY') return `/glossary?q=${encodeURIComponent(node?.term ?? hit.slug)}`;
  if (hit.type === 'RELEASE' && node?.card) return `/card/${encodeURIComponent(node.card.slug)}`;
  return `/search?q=${encodeURIComponent(hit.slug)}`;
}

function facetLabel(key: FilterKey, value: string, known: Map<string, string>): string {
  if (key === 'type') return TYPE[value] ?? value;
  if (key === 'stage') return STAGE[value] ?? value;
  if (key === 'product' || key === 'segment') return known.get(value) ?? value;
  return value;
}

function pieces(fragment: string): (Node | string)[] {
  return highlightPieces(fragment).map((p) => (p.mark ? h('mark', null, p.text) : p.text));
}

function isAbort(e: unknown): boolean {
  return e instanceof DOMException && e.name === 'AbortError';
}

function hitElement(hit: Hit): HTMLElement {
  const n: HitFields = hit.node ?? {};
  const title = n.title ?? n.name ?? n.term ?? hit.slug;
  const product = n.product?.name ?? n.card?.product.name;
  const reason = matchReason(hit.textMatches);
  const summary = n.summary ?? n.description ?? n.definition ?? '';
  return h('article', { class: 'hit', 'data-type': hit.type, 'data-key': `${hit.type}:${hit.slug}` },
    h('p', { class: 'meta' }, h('span', { class: `badge type-${hit.type.toLowerCase()}` }, TYPE[hit.type] ?? hit.type),
      product ? ` · ${product}` : '', n.status && n.status !== 'PUBLISHED' ? h('span', { class: 'badge status' }, STATUS[n.status]) : null),
    h('h2', null, h('a', { href: hitHref(hit) }, title)),
    h('p', { class: 'why muted small' }, reason.label, reason.keyword ? [': ', h('span', { class: 'keyword' }, pieces(reason.keyword))] : null),
    h('p', { class: 'fragment' }, reason.fragment ? pieces(reason.fragment) : summary));
}

export async function searchPage(ctx: PageContext): Promise<void> {
  let state: SearchState = readSearch(ctx.params);
  const listId = uid('suggest');
  const input = h('input', {
    id: 'q', type: 'search', name: 'q', value: state.q, autocomplete: 'off', role: 'combobox',
    'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': listId, placeholder: 'коллтрекинг, кому предложить отчёт…',
    'aria-describedby': 'q-hint',
  });
  const list = h('ul', { id: listId, role: 'listbox', class: 'suggest', hidden: true, 'aria-label': 'Подсказки' });
  const form = h('form', { role: 'search', class: 'searchbar' },
    h('label', { for: 'q', class: 'visually-hidden' }, 'Что ищем'),
    h('div', { class: 'combo' }, input, list),
    h('button', { type: 'submit' }, 'Найти'));
  const facets = h('aside', { class: 'facets', 'aria-label': 'Фильтры' });
  const results = h('section', { id: 'results', class: 'results', tabindex: '-1', 'aria-label': 'Результаты', 'aria-live': 'polite', 'aria-busy': 'false' });
  // The filters come first in the page's order; the skip link takes a keyboard user past them to the results.
  const skip = h('a', { class: 'skip', href: '#results' }, 'К результатам');
  skip.addEventListener('click', (e) => { e.preventDefault(); results.focus(); });
  ctx.main.append(h('h1', { class: 'visually-hidden' }, 'Поиск'), skip, form,
    h('p', { id: 'q-hint', class: 'visually-hidden' }, 'Результаты обновляются по мере ввода; Escape закрывает подсказки.'),
    h('div', { class: 'search-layout' }, facets, results));

  // ---- autocomplete ----
  let suggestions: Suggestion[] = [];
  let active = -1;
  let suggestTimer: number | undefined;
  let suggestAbort: AbortController | null = null;
  const closeList = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const showList = () => {
    clear(list);
    suggestions.forEach((s, i) => {
      const item = h('li', { id: `${listId}-${i}`, role: 'option', 'aria-selected': i === active ? 'true' : 'false' },
        h('span', { class: 'kind' }, TYPE[s.type] ?? s.type), ' ', s.text);
      item.addEventListener('mousedown', (e) => { e.preventDefault(); choose(i); });
      list.append(item);
    });
    list.hidden = suggestions.length === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
    if (active >= 0) input.setAttribute('aria-activedescendant', `${listId}-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const choose = (i: number) => {
    const s = suggestions[i];
    closeList();
    if (s.type === 'CARD') navigate(`/card/${encodeURIComponent(s.slug)}`);
    else {
      input.value = s.text;
      state = { ...state, q: s.text };
      void run();
    }
  };
  const suggest = (prefix: string) => {
    suggestAbort?.abort();
    const controller = new AbortController();
    suggestAbort = controller;
    cancellable(SearchBoxDocument, { prefix }, controller.signal).then((data) => {
      if (controller.signal.aborted || document.activeElement !== input) return;
      suggestions = data.suggest;
      active = -1;
      showList();
    }, () => {}); // suggestions are a help: without them the results still follow the typing
  };

  // ---- search as you type ----
  let typingTimer: number | undefined;
  input.addEventListener('input', () => {
    window.clearTimeout(suggestTimer);
    window.clearTimeout(typingTimer);
    const prefix = suggestPrefix(input.value);
    if (!prefix) { suggestAbort?.abort(); suggestions = []; closeList(); }
    else suggestTimer = window.setTimeout(() => suggest(prefix), 150);
    typingTimer = window.setTimeout(() => {
      const q = input.value.trim();
      if (q === state.q) return;
      state = { ...state, q };
      void run();
    }, TYPING_PAUSE_MS);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      // The browser's search field would wipe the query on Escape: here Escape only closes the suggestions.
      e.preventDefault();
      closeList();
      return;
    }
    if (list.hidden || !suggestions.length) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      active = (active + (e.key === 'ArrowDown' ? 1 : suggestions.length - 1) + (active < 0 && e.key === 'ArrowUp' ? 1 : 0)) % suggestions.length;
      showList();
    } else if (e.key === 'Enter' && active >= 0) {
      e.preventDefault();
      choose(active);
    }
  });
  input.addEventListener('blur', () => setTimeout(closeList, 100));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    closeList();
    window.clearTimeout(typingTimer);
    state = { ...state, q: input.value.trim() };
    void run();
  });

  // ---- results ----
  let searchAbort: AbortController | null = null;
  let known = new Map<string, string>();
  const renderFacets = (data: Results | null) => {
    clear(facets);
    for (const [key, field] of FACET_FIELDS) {
      const values = data?.facets[field] ?? [];
      const selected = state[key];
      if (!values.length && !selected) continue;
      const group = h('div', { class: 'facet', role: 'group', 'aria-label': FACET[key] }, h('h2', null, FACET[key]));
      const shown = values.some((v) => v.value === selected) || !selected ? values : [{ value: selected, count: 0 }, ...values];
      for (const v of shown.slice(0, 12)) {
        const button = h('button', { type: 'button', class: 'facet-value', 'aria-pressed': String(v.value === selected) },
          facetLabel(key, v.value, known), h('span', { class: 'count' }, String(v.count)));
        button.addEventListener('click', () => { state = toggleFilter(state, key, v.value); void run(); });
        group.append(button);
      }
      facets.append(group);
    }
  };
  const skeleton = () => {
    clear(results);
    results.append(h('p', { class: 'count-line muted' }, 'Ищем…'));
    for (let i = 0; i < 4; i++) results.append(h('article', { class: 'hit skeleton', 'aria-hidden': 'true' }, h('div'), h('div'), h('div')));
  };
  const renderEmpty = async (signal: AbortSignal) => {
    const words = state.q.split(/\s+/).filter((w) => w.length >= 3);
    const alternatives = words.length
      ? (await cancellable(SearchBoxDocument, { prefix: words[0].slice(0, 3) }, signal).catch(() => ({ suggest: [] }))).suggest
      : [];
    if (signal.aborted) return;
    clear(results);
    results.append(h('div', { class: 'empty' },
      h('p', null, h('strong', null, `Ничего не нашлось по запросу «${state.q}»`), searchFilter(state) ? ' с выбранными фильтрами.' : '.'),
      searchFilter(state) ? h('p', null, h('a', { href: `/search${writeSearch({ q: state.q })}` }, 'Искать без фильтров')) : null,
      alternatives.length ? h('p', null, 'Может быть, вы искали: ') : null,
      alternatives.length ? h('ul', { class: 'alternatives' }, alternatives.map((s) =>
        h('li', null, h('a', { href: s.type === 'CARD' ? `/card/${encodeURIComponent(s.slug)}` : `/search?q=${encodeURIComponent(s.text)}` }, s.text)))) : null,
      h('p', { class: 'muted' }, 'Попробуйте другое слово, название продукта или ', h('a', { href: '/glossary' }, 'загляните в словарь'), '.')));
  };
  /** Appends a page of hits, and «Показать ещё» when there are more. */
  const appendHits = (data: Results, signal: AbortSignal) => {
    results.querySelector('.more')?.remove();
    for (const hit of cardsFirst(data.edges.map((e) => e.node))) results.append(hitElement(hit));
    const shown = results.querySelectorAll('article.hit').length;
    if (!data.pageInfo.hasNextPage) return;
    const more = h('button', { type: 'button', class: 'more secondary' }, `Показать ещё (показано ${shown} из ${data.totalCount})`);
    more.addEventListener('click', async () => {
      more.disabled = true;
      more.textContent = 'Загружаем…';
      try {
        const next = await cancellable(SearchPageDocument, { query: state.q, filter: searchFilter(state), first: PAGE, after: data.pageInfo.endCursor }, signal);
        const firstNew = shown;
        appendHits(next.search, signal);
        (results.querySelectorAll('article.hit a')[firstNew] as HTMLElement | undefined)?.focus();
      } catch (e) {
        if (isAbort(e)) return;
        more.disabled = false;
        more.textContent = 'Не загрузилось. Повторить';
      }
    });
    results.append(h('p', { class: 'more' }, more));
  };
  async function run(): Promise<void> {
    ctx.replaceQuery(writeSearch(state));
    if (input.value.trim() !== state.q && document.activeElement !== input) input.value = state.q;
    searchAbort?.abort();
    const controller = new AbortController();
    searchAbort = controller;
    if (!state.q) {
      renderFacets(null);
      clear(results);
      results.setAttribute('aria-busy', 'false');
      results.append(h('div', { class: 'intro' },
        h('p', null, 'Ищите по продуктам, задачам клиентов, возражениям и терминам. Например: ',
          ...['коллтрекинг', 'пропущенные звонки', 'кому предложить аналитику вакансий'].flatMap((q, i) =>
            [i ? ', ' : '', h('a', { href: `/search?q=${encodeURIComponent(q)}` }, q)]), '.')));
      return;
    }
    results.setAttribute('aria-busy', 'true');
    if (!results.querySelector('.hit:not(.skeleton)')) skeleton();
    else results.classList.add('stale');
    try {
      const [data, loaded] = await Promise.all([
        cancellable(SearchPageDocument, { query: state.q, filter: searchFilter(state), first: PAGE }, controller.signal), facetNames()]);
      known = loaded;
      if (controller.signal.aborted) return;
      renderFacets(data.search);
      if (!data.search.edges.length) await renderEmpty(controller.signal);
      else {
        clear(results);
        results.append(h('p', { class: 'count-line muted' }, `${data.search.totalCount} ${plural(data.search.totalCount, 'результат', 'результата', 'результатов')}`));
        appendHits(data.search, controller.signal);
      }
    } catch (e) {
      if (controller.signal.aborted || isAbort(e)) return;
      if (e instanceof SignInNeeded) return signInAgain();
      clear(results);
      // A refused query (too long, a filter value from an edited URL) says what is wrong; anything else may pass.
      results.append(e instanceof GraphQLError ? h('p', { class: 'error', role: 'alert' }, e.message)
        : unavailable(() => void run(), e instanceof Error ? e.message : String(e)));
    } finally {
      if (searchAbort === controller) {
        results.setAttribute('aria-busy', 'false');
        results.classList.remove('stale');
      }
    }
  }
  await run();
  if (!state.q) input.focus();
}
