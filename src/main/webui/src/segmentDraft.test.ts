import { describe, expect, it } from 'vitest';
import { draftOfSegment, emptySegment, sameSegment, segmentInput } from './segmentDraft';

const stored = {
  name: 'Работодатели', description: 'Теряют звонки',
  criteria: {
    sizeMin: 10, sizeMax: null, industries: ['retail'], productsOwned: [{ slug: 'vacancies' }], productsNotOwned: [{ slug: 'call-tracking' }],
    metricConditions: [{ metric: 'missed_call_share', operator: 'GT' as const, threshold: 20.5 }],
  },
};

describe('segmentInput', () => {
  it('round-trips a stored segment, criteria whole', () => {
    expect(segmentInput(draftOfSegment(stored))).toEqual({
      problems: [],
      input: {
        name: 'Работодатели', description: 'Теряют звонки',
        criteria: { sizeMin: 10, sizeMax: null, industries: ['retail'], productsOwned: ['vacancies'], productsNotOwned: ['call-tracking'],
          metricConditions: [{ metric: 'missed_call_share', operator: 'GT', threshold: 20.5 }] },
      },
    });
  });

  it('names numbers that do not parse and an empty size range, by the API paths', () => {
    const d = { ...emptySegment(), sizeMin: '50', sizeMax: '10', conditions: [{ metric: 'open_vacancies', operator: 'GTE' as const, threshold: 'много' }] };
    expect(segmentInput(d).problems.map((p) => p.path.join('.'))).toEqual(['criteria.sizeMax', 'criteria.metricConditions.0.threshold']);
    expect(segmentInput({ ...d, sizeMin: 'x' }).problems[0].path).toEqual(['criteria', 'sizeMin']);
  });

  it('leaves out a condition row without a metric, unless a value was typed in it', () => {
    const d = { ...emptySegment(), conditions: [{ metric: '', operator: 'GT' as const, threshold: '' }] };
    expect(segmentInput(d)).toMatchObject({ problems: [], input: { criteria: { metricConditions: [] } } });
    expect(segmentInput({ ...d, conditions: [{ metric: '', operator: 'GT', threshold: '5' }] }).problems[0].path.join('.'))
      .toBe('criteria.metricConditions.0.metric');
  });

  it('tells an edited draft from the stored one', () => {
    const d = draftOfSegment(stored);
    expect(sameSegment(d, draftOfSegment(stored))).toBe(true);
    expect(sameSegment({ ...d, industries: [] }, d)).toBe(false);
  });
});
