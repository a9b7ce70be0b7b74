import { copyButton } from '../copy';
import { append, h } from '../dom';
import { AllSegmentsDocument, type AllSegmentsQuery, SegmentPageDocument, type SegmentExportFragment as Segment, type SegmentPageQuery } from '../generated/graphql';
import { gql } from '../gql';
import { formatDate } from '../labels';
import type { PageContext } from '../router';

type Card = NonNullable<SegmentPageQuery['segment']>['cardsTargeting'][number];

/** Every segment, all pages of them: what «Скачать все» exports. */
async function allSegments(): Promise<(Segment & { publishedCardCount: number })[]> {
  const all: (Segment & { publishedCardCount: number })[] = [];
  let after: string | null | undefined = null;
  do {
    const page: AllSegmentsQuery = await gql(AllSegmentsDocument, { after });
    all.push(...page.segments.edges.map((e) => e.node));
    after = page.segments.pageInfo.hasNextPage ? page.segments.pageInfo.endCursor : null;
  } while (after);
  return all;
}

/**
 * Download links for these segments as JSON and CSV, made when pressed (the export module, with Papa Parse, loads
 * only then). A link with `download` is the browser's to save; the router leaves it alone.
 */
function exportButtons(what: string, fileName: string, segments: () => Promise<Segment[]>): HTMLElement {
  const status = h('span', { class: 'muted small', role: 'status' });
  const box = h('p', { class: 'actions export' });
  for (const type of ['json', 'csv'] as const) {
    const button = h('button', { type: 'button', class: 'secondary' }, `Скачать ${what} (${type.toUpperCase()})`);
    button.addEventListener('click', async () => {
      status.textContent = 'Готовим файл…';
      try {
        const [{ fileUrl, segmentsCsv, segmentsJson }, list] = await Promise.all([import('../segmentExport'), segments()]);
        const link = h('a', { href: fileUrl(type === 'json' ? segmentsJson(list, new Date()) : segmentsCsv(list), type), download: `${fileName}.${type}`, hidden: true }, fileName);
        document.body.append(link);
        link.click();
        link.remove();
        status.textContent = `Файл ${fileName}.${type} скачан.`;
      } catch (e) {
        status.textContent = `Не получилось: ${e instanceof Error ? e.message : String(e)}. Повторите.`;
      }
    });
    box.append(button, ' ');
  }
  box.append(status);
  return box;
}

function cardList(cards: Card[], empty: string): HTMLElement {
  return cards.length ? h('ul', { class: 'segment-cards' }, cards.map((c) => h('li', null,
    h('a', { href: `/card/${encodeURIComponent(c.slug)}` }, c.title), h('span', { class: 'muted small' }, ` · ${c.product.name}`),
    h('p', { class: 'muted small' }, c.summary))))
    : h('p', { class: 'muted' }, empty);
}

/** The criteria one by one, as a definition list a marketer can check against their data. */
function criteriaList(s: Segment): HTMLElement {
  const c = s.criteria;
  const rows: [string, string][] = [];
  if (c.sizeMin !== null || c.sizeMax !== null) {
    rows.push(['Сотрудников', [c.sizeMin !== null ? `от ${c.sizeMin}` : '', c.sizeMax !== null ? `до ${c.sizeMax}` : ''].filter(Boolean).join(' ')]);
  }
  if (c.industries.length) rows.push(['Отрасли', c.industries.join(', ')]);
  if (c.productsOwned.length) rows.push(['Есть продукты', c.productsOwned.map((p) => p.name).join(', ')]);
  if (c.productsNotOwned.length) rows.push(['Нет продуктов', c.productsNotOwned.map((p) => p.name).join(', ')]);
  for (const m of c.metricConditions) rows.push(['Метрика', `${m.metric} ${({ GT: '>', GTE: '≥', LT: '<', LTE: '≤', EQ: '=' } as Record<string, string>)[m.operator] ?? m.operator} ${m.threshold}`]);
  return rows.length ? h('dl', { class: 'criteria' }, rows.flatMap(([k, v]) => [h('dt', null, k), h('dd', null, v)]))
    : h('p', { class: 'muted' }, 'Условий нет: подходят все компании.');
}

export async function segmentPage(ctx: PageContext, slug: string): Promise<void> {
  const segment = (await gql(SegmentPageDocument, { slug })).segment;
  if (!segment) {
    append(ctx.main, [h('h1', null, 'Сегмент не найден'),
      h('p', null, 'Такого сегмента нет: возможно, его переименовали. ', h('a', { href: '/segments' }, 'Все сегменты'))]);
    return;
  }
  document.title = `${segment.name} — Портал знаний о продукте`;
  const c = segment.criteria;
  const products = new Map<string, string>();
  for (const card of [...segment.cardsTargeting, ...segment.cardsExcluding]) products.set(card.product.slug, card.product.name);
  for (const p of [...c.productsOwned, ...c.productsNotOwned]) products.set(p.slug, p.name);
  const { crmFilterText, definitionText, CRM_OPERATOR } = await import('../segmentExport');
  append(ctx.main, [h('article', { class: 'segment-page' },
    h('p', { class: 'meta' }, h('a', { href: '/segments' }, 'Сегменты'), ` · обновлён ${formatDate(segment.updatedAt)}`),
    h('h1', null, segment.name),
    h('p', { class: 'summary sentence' }, c.sentence),
    h('p', null, segment.description),
    h('p', { class: 'actions' }, copyButton('Скопировать определение', () => definitionText(segment), 'Скопировать определение сегмента')),
    h('section', { class: 'block' }, h('h2', null, 'Критерии'), criteriaList(segment)),
    h('div', { class: 'two' },
      h('section', { class: 'block' }, h('h2', null, 'Кому из карточек он цель'), cardList(segment.cardsTargeting, 'Ни одна опубликованная карточка не нацелена на этот сегмент.')),
      h('section', { class: 'block' }, h('h2', null, 'Каким карточкам его исключить'), cardList(segment.cardsExcluding, 'Ни одна опубликованная карточка его не исключает.'))),
    h('section', { class: 'block' }, h('h2', null, 'Продукты'), products.size
      ? h('ul', { class: 'inline-list' }, [...products].map(([slug, name]) => h('li', null, h('a', { href: `/search?q=${encodeURIComponent(name)}&product=${encodeURIComponent(slug)}` }, name))))
      : h('p', { class: 'muted' }, 'Продукты не указаны.')),
    h('section', { class: 'block crm' }, h('h2', null, 'Фильтр для CRM'),
      h('p', { class: 'muted small' }, 'Условия фильтра списка компаний; выполняться должны все. Поле в скобках — ключ поля компании в CRM.'),
      c.crmFilter.length ? h('table', { class: 'crm-filter' },
        h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Поле CRM'), h('th', { scope: 'col' }, 'Условие'), h('th', { scope: 'col' }, 'Значения'))),
        h('tbody', null, c.crmFilter.map((f) => h('tr', null, h('td', null, f.label, h('span', { class: 'muted small' }, ` (${f.field})`)),
          h('td', null, CRM_OPERATOR[f.operator] ?? f.operator), h('td', null, f.values.join(', '))))))
        : h('p', { class: 'muted' }, 'Условий нет.'),
      h('p', { class: 'actions' }, copyButton('Скопировать фильтр для CRM', () => crmFilterText(segment)))),
    h('section', { class: 'block' }, h('h2', null, 'Выгрузка'),
      exportButtons('сегмент', `segment-${segment.slug}`, async () => [segment]))),
  ]);
}

export async function segmentsPage(ctx: PageContext): Promise<void> {
  const segments = await allSegments();
  append(ctx.main, [h('h1', null, 'Сегменты'),
    h('p', { class: 'muted' }, 'Аудитории с формальными признаками: кому какие карточки предлагать. Формат выгрузки — в документации портала.'),
    exportButtons('все', 'segments', async () => segments),
    segments.length ? h('ul', { class: 'segment-list' }, segments.map((s) => h('li', null,
      h('a', { href: `/segment/${encodeURIComponent(s.slug)}` }, s.name),
      h('span', { class: 'muted small' }, ` · карточек: ${s.publishedCardCount}`),
      h('p', { class: 'small' }, s.criteria.sentence))))
      : h('p', { class: 'muted' }, 'Сегментов пока нет.')]);
}
