import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { SegmentExportFragment } from './generated/graphql';
import { CSV_COLUMNS, crmFilterText, definitionText, EXPORT_FORMAT, segmentsCsv, segmentsJson } from './segmentExport';

const SEGMENT: SegmentExportFragment = {
  slug: 'missing-calls-no-tracking',
  name: 'Теряют звонки, «не видят», этого',
  description: 'Строка 1,\nстрока "2"',
  updatedAt: '2026-12-01T10:00:00Z',
  criteria: {
    sentence: 'Компании от 10 сотрудников…',
    sizeMin: 10,
    sizeMax: null,
    industries: [],
    productsOwned: [{ slug: 'vacancies', name: 'Вакансии' }],
    productsNotOwned: [{ slug: 'call-tracking', name: 'Колл-трекинг' }],
    metricConditions: [{ metric: 'missed_call_share', operator: 'GT' as never, threshold: 20 }],
    crmFilter: [
      { field: 'employees', label: 'Число сотрудников', operator: 'GTE' as never, values: ['10'] },
      { field: 'metric.missed_call_share', label: 'Доля пропущенных звонков', operator: 'GT' as never, values: ['20'] },
    ],
  },
};

describe('segment exports', () => {
  it('JSON holds the format, the criteria by slug and the CRM filter', () => {
    const json = JSON.parse(segmentsJson([SEGMENT], new Date('2026-12-05T08:00:00Z')));
    expect(json.format).toBe(EXPORT_FORMAT);
    expect(json.exportedAt).toBe('2026-12-05T08:00:00.000Z');
    expect(json.segments[0].criteria).toEqual({ sizeMin: 10, sizeMax: null, industries: [], productsOwned: ['vacancies'],
      productsNotOwned: ['call-tracking'], metricConditions: [{ metric: 'missed_call_share', operator: 'GT', threshold: 20 }] });
    expect(json.segments[0].crmFilter[0]).toEqual({ field: 'employees', label: 'Число сотрудников', operator: 'GTE', values: ['10'] });
  });

  it('CSV reads back cell for cell, commas, quotes and line breaks included', () => {
    const rows = Papa.parse<string[]>(segmentsCsv([SEGMENT]), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const row = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1][i]]));
    expect(row.name).toBe(SEGMENT.name);
    expect(row.description).toBe(SEGMENT.description);
    expect(row.size_min).toBe('10');
    expect(row.size_max).toBe('');
    expect(row.products_not_owned).toBe('call-tracking');
    expect(row.metric_conditions).toBe('missed_call_share > 20');
    expect(row.crm_filter).toBe('employees GTE 10; metric.missed_call_share GT 20');
  });

  it('the CRM filter and the definition read as text a person pastes', () => {
    expect(crmFilterText(SEGMENT).split('\n')).toEqual([
      'Фильтр списка компаний для сегмента «Теряют звонки, «не видят», этого» (все условия вместе):',
      '- Число сотрудников (employees) не меньше 10',
      '- Доля пропущенных звонков (metric.missed_call_share) больше 20']);
    const definition = definitionText(SEGMENT);
    expect(definition).toContain('- есть продукты: Вакансии');
    expect(definition).toContain('- нет продуктов: Колл-трекинг');
    expect(definition).toContain('- missed_call_share > 20');
  });
});
