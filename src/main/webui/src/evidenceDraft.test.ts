import { describe, expect, it } from 'vitest';
import { checkFigures, decimalNumber, draftOfEvidence, emptyEvidence, evidenceInput, intervalText, wholeNumber } from './evidenceDraft';

const blank = emptyEvidence('call-tracking', '2026-03-01', 'x1');

describe('checkFigures', () => {
  it('sends an A/B test once all four counts are typed', () => {
    const d = { ...blank, controlUsers: '1 000', controlConversions: '360', variantUsers: '1000', variantConversions: '' };
    expect(checkFigures(d)).toEqual({ figures: null, problems: [], incomplete: true });
    const done = checkFigures({ ...d, variantConversions: '500' });
    expect(done.figures).toEqual({ kind: 'AB_TEST', abTest: { controlUsers: 1000, controlConversions: 360, variantUsers: 1000, variantConversions: 500 } });
  });

  it('names the field when conversions exceed users or a count is not whole', () => {
    const check = checkFigures({ ...blank, controlUsers: '10', controlConversions: '12', variantUsers: '0', variantConversions: '1,5' });
    expect(check.figures).toBeNull();
    expect(check.problems.map((p) => p.path.join('.'))).toEqual(['abTest.controlConversions', 'abTest.variantUsers', 'abTest.variantConversions']);
    expect(check.problems[0].text).toContain('не может быть больше');
  });

  it('takes a survey or interviews in the survey block', () => {
    expect(checkFigures({ ...blank, kind: 'INTERVIEW', respondents: '12', satisfied: '9' }).figures)
      .toEqual({ kind: 'INTERVIEW', survey: { respondents: 12, satisfied: 9 } });
  });

  it('reads a pilot with decimal commas and leaves unknown participants out', () => {
    const d = { ...blank, kind: 'PILOT' as const, metric: ' Доля пропущенных, % ', before: '32,5', after: '−18', participants: '' };
    expect(checkFigures(d).figures).toEqual({ kind: 'PILOT', pilot: { metric: 'Доля пропущенных, %', before: 32.5, after: -18, participants: null } });
    expect(checkFigures({ ...d, participants: '0' }).problems.map((p) => p.path.join('.'))).toEqual(['pilot.participants']);
  });
});

describe('evidenceInput', () => {
  it('leaves the block out when the figures are incomplete, so the API names it', () => {
    const d = { ...blank, title: 'Тест' };
    expect(evidenceInput(d, checkFigures(d))).toEqual({ kind: 'AB_TEST', title: 'Тест', conclusion: '', conductedOn: '2026-03-01' });
  });

  it('round-trips stored evidence', () => {
    const stored = { kind: 'PILOT' as const, slug: 'p', title: 'Пилот', conclusion: 'Стало лучше', conductedOn: '2026-02-01', abTest: null, survey: null,
      pilot: { metric: 'Пропущено, %', before: 30.5, after: 20, participants: 12 } };
    const d = draftOfEvidence(stored);
    expect(d.before).toBe('30,5');
    expect(evidenceInput(d, checkFigures(d))).toEqual({ kind: 'PILOT', title: 'Пилот', conclusion: 'Стало лучше', conductedOn: '2026-02-01',
      pilot: { metric: 'Пропущено, %', before: 30.5, after: 20, participants: 12 } });
  });
});

describe('numbers', () => {
  it('parses what a PM types', () => {
    expect(wholeNumber('1\u00a0200')).toBe(1200);
    expect(wholeNumber('-1')).toBeNull();
    expect(decimalNumber('1,25')).toBe(1.25);
    expect(decimalNumber('abc')).toBeNull();
  });

  it('rounds an interval outwards, never narrower than computed', () => {
    expect(intervalText(9.64, 18.31, 'п.п.', true)).toBe('от +9,6 до +18,4 п.п.');
    expect(intervalText(-2.01, 3.0, 'п.п.', true)).toBe('от \u22122,1 до +3 п.п.');
  });
});
