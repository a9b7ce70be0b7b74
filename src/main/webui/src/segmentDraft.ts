// The segment editor's state as plain values: read from a stored segment, checked in Russian before anything is sent
// (numbers as typed text, so nothing is lost on a typo), and turned into segmentCriteriaPreview's and the save's input.
import type { ComparisonOperator } from './generated/graphql';
import { decimalNumber, type Problem, wholeNumber } from './evidenceDraft';

export interface Condition {
  metric: string;
  operator: ComparisonOperator;
  threshold: string;
}

export interface SegmentDraft {
  name: string;
  description: string;
  sizeMin: string;
  sizeMax: string;
  industries: string[];
  productsOwned: string[];
  productsNotOwned: string[];
  conditions: Condition[];
}

/** A segment as the editor reads it (EditableSegment). */
export interface StoredSegment {
  name: string;
  description: string;
  criteria: {
    sizeMin: number | null;
    sizeMax: number | null;
    industries: string[];
    productsOwned: { slug: string }[];
    productsNotOwned: { slug: string }[];
    metricConditions: { metric: string; operator: ComparisonOperator; threshold: number }[];
  };
}

/** The operators as the criteria sentence words them. */
export const OPERATOR: Record<ComparisonOperator, string> = { GT: 'больше', GTE: 'не меньше', LT: 'меньше', LTE: 'не больше', EQ: 'ровно' };

export function emptySegment(): SegmentDraft {
  return { name: '', description: '', sizeMin: '', sizeMax: '', industries: [], productsOwned: [], productsNotOwned: [], conditions: [] };
}

const text = (n: number | null) => (n === null ? '' : String(n).replace('.', ','));

export function draftOfSegment(s: StoredSegment): SegmentDraft {
  const c = s.criteria;
  return {
    name: s.name, description: s.description, sizeMin: text(c.sizeMin), sizeMax: text(c.sizeMax), industries: [...c.industries],
    productsOwned: c.productsOwned.map((p) => p.slug), productsNotOwned: c.productsNotOwned.map((p) => p.slug),
    conditions: c.metricConditions.map((m) => ({ metric: m.metric, operator: m.operator, threshold: text(m.threshold) })),
  };
}

/**
 * The input shared by segmentCriteriaPreview, createSegment and updateSegment (the criteria replace the stored ones
 * whole), or the numbers that do not parse, by their API paths. A condition row without a metric is left out.
 */
export function segmentInput(d: SegmentDraft) {
  const problems: Problem[] = [];
  const size = (value: string, field: string, label: string) => {
    if (!value.trim()) return null;
    const n = wholeNumber(value);
    if (n === null) problems.push({ path: ['criteria', field], text: `${label}: целое число сотрудников, 0 или больше.` });
    return n;
  };
  const sizeMin = size(d.sizeMin, 'sizeMin', 'Сотрудников от');
  const sizeMax = size(d.sizeMax, 'sizeMax', 'Сотрудников до');
  if (sizeMin !== null && sizeMax !== null && sizeMax < sizeMin) {
    problems.push({ path: ['criteria', 'sizeMax'], text: `Сотрудников до (${sizeMax}) меньше, чем «от» (${sizeMin}): таких компаний нет.` });
  }
  const metricConditions = d.conditions.flatMap((c, i) => {
    if (!c.metric) {
      if (c.threshold.trim()) problems.push({ path: ['criteria', 'metricConditions', String(i), 'metric'], text: `Условие ${i + 1}: выберите показатель.` });
      return [];
    }
    const threshold = decimalNumber(c.threshold);
    if (threshold === null) {
      problems.push({ path: ['criteria', 'metricConditions', String(i), 'threshold'], text: `Условие ${i + 1}: значение — число, например 20 или 12,5.` });
      return [];
    }
    return [{ metric: c.metric, operator: c.operator, threshold }];
  });
  const input = {
    name: d.name, description: d.description,
    criteria: { sizeMin, sizeMax, industries: d.industries, productsOwned: d.productsOwned, productsNotOwned: d.productsNotOwned, metricConditions },
  };
  return { input, problems };
}

export function sameSegment(a: SegmentDraft, b: SegmentDraft): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
