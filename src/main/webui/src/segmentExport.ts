// Segments as files for marketing tools: JSON (the whole definition), CSV (one row per segment, for a spreadsheet)
// and the CRM list filter as text. Formats: docs/web-ui.md, "Segment exports". Papa Parse writes the CSV (quotes
// cells with commas, quotes and line breaks); this module is loaded only when an export is asked for.
import Papa from 'papaparse';
import type { SegmentExportFragment as Segment } from './generated/graphql';

export const EXPORT_FORMAT = 'portal-segments/1';

const OPERATOR: Record<string, string> = { GT: '>', GTE: '>=', LT: '<', LTE: '<=', EQ: '=' };
/** The CRM operators as a person sets them in a list filter. */
export const CRM_OPERATOR: Record<string, string> = {
  GTE: 'не меньше', LTE: 'не больше', GT: 'больше', LT: 'меньше', EQ: 'равно', IN: 'одно из', HAS_ALL: 'содержит все', HAS_NONE: 'не содержит ни одного',
};

function metricText(m: Segment['criteria']['metricConditions'][number]): string {
  return `${m.metric} ${OPERATOR[m.operator] ?? m.operator} ${m.threshold}`;
}

/** One segment as the JSON export holds it: its criteria by key and slug, and the CRM filter. */
export function segmentRecord(s: Segment) {
  const c = s.criteria;
  return {
    slug: s.slug,
    name: s.name,
    description: s.description,
    sentence: c.sentence,
    criteria: {
      sizeMin: c.sizeMin ?? null,
      sizeMax: c.sizeMax ?? null,
      industries: c.industries,
      productsOwned: c.productsOwned.map((p) => p.slug),
      productsNotOwned: c.productsNotOwned.map((p) => p.slug),
      metricConditions: c.metricConditions.map((m) => ({ metric: m.metric, operator: m.operator, threshold: m.threshold })),
    },
    crmFilter: c.crmFilter.map((f) => ({ field: f.field, label: f.label, operator: f.operator, values: f.values })),
    updatedAt: s.updatedAt,
  };
}

export function segmentsJson(segments: readonly Segment[], exportedAt: Date): string {
  return JSON.stringify({ format: EXPORT_FORMAT, exportedAt: exportedAt.toISOString(), segments: segments.map(segmentRecord) }, null, 2);
}

export const CSV_COLUMNS = ['slug', 'name', 'description', 'sentence', 'size_min', 'size_max', 'industries', 'products_owned',
  'products_not_owned', 'metric_conditions', 'crm_filter'] as const;

/** One row per segment; list cells are joined with "; ", metric conditions read «missed_call_share > 20». */
export function segmentsCsv(segments: readonly Segment[]): string {
  return Papa.unparse({
    fields: [...CSV_COLUMNS],
    data: segments.map((s) => {
      const c = s.criteria;
      return [s.slug, s.name, s.description, c.sentence, c.sizeMin ?? '', c.sizeMax ?? '', c.industries.join('; '),
        c.productsOwned.map((p) => p.slug).join('; '), c.productsNotOwned.map((p) => p.slug).join('; '),
        c.metricConditions.map(metricText).join('; '), c.crmFilter.map((f) => `${f.field} ${f.operator} ${f.values.join('|')}`).join('; ')];
    }),
  }, { newline: '\r\n' });
}

/** The CRM filter as lines a person types into a CRM's company-list filter: «Число сотрудников (employees) не меньше 10». */
export function crmFilterText(s: Segment): string {
  if (!s.criteria.crmFilter.length) return `Сегмент «${s.name}»: условий нет, подходят все компании.`;
  return [`Фильтр списка компаний для сегмента «${s.name}» (все условия вместе):`,
    ...s.criteria.crmFilter.map((f) => `- ${f.label} (${f.field}) ${CRM_OPERATOR[f.operator] ?? f.operator} ${f.values.join(', ')}`)].join('\n');
}

/** The definition to paste into a brief or a message: name, sentence, description and the criteria by key. */
export function definitionText(s: Segment): string {
  const c = s.criteria;
  const lines = [`${s.name} (${s.slug})`, c.sentence, '', s.description, '', 'Критерии:'];
  if (c.sizeMin !== null && c.sizeMin !== undefined) lines.push(`- сотрудников от ${c.sizeMin}`);
  if (c.sizeMax !== null && c.sizeMax !== undefined) lines.push(`- сотрудников до ${c.sizeMax}`);
  if (c.industries.length) lines.push(`- отрасли: ${c.industries.join(', ')}`);
  if (c.productsOwned.length) lines.push(`- есть продукты: ${c.productsOwned.map((p) => p.name).join(', ')}`);
  if (c.productsNotOwned.length) lines.push(`- нет продуктов: ${c.productsNotOwned.map((p) => p.name).join(', ')}`);
  for (const m of c.metricConditions) lines.push(`- ${metricText(m)}`);
  if (lines[lines.length - 1] === 'Критерии:') lines.push('- нет: подходят все компании');
  return lines.join('\n');
}

/** A file to download: a blob: URL the page puts on a link with `download`. UTF-8 with a BOM for Excel's CSV. */
export function fileUrl(text: string, type: 'json' | 'csv'): string {
  const body = type === 'csv' ? `\uFEFF${text}` : text;
  return URL.createObjectURL(new Blob([body], { type: type === 'csv' ? 'text/csv;charset=utf-8' : 'application/json' }));
}
