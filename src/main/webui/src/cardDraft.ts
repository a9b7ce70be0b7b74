// The card editor's state as plain values: read from the API's card, turned into the save mutation's input, and
// merged with a newer version someone else saved, so the text a PM typed is never thrown away.
import type { FunnelStage } from './generated/graphql';

export interface Job {
  situation: string;
  motivation: string;
  outcome: string;
}

export interface Objection {
  objection: string;
  answer: string;
}

/** Every field the editor shows, as the form holds it (numbers as typed text, so nothing is lost on a typo). */
export interface CardDraft {
  title: string;
  summary: string;
  productSlug: string;
  jobs: Job[];
  targetSegmentSlugs: string[];
  antiSegmentSlugs: string[];
  tags: string[];
  funnelStages: FunnelStage[];
  talkingPoints: string[];
  objections: Objection[];
  body: string;
  glossaryTermSlugs: string[];
  rolloutStartDate: string;
  rolloutSharePercent: string;
  /** '' unknown, 'yes', 'no'. */
  rolloutOptOut: string;
  owner: string;
  verifyEveryDays: string;
}

export type DraftField = keyof CardDraft;

/** The card as the API returns it to the editor (EditorCard). */
export interface StoredCard {
  title: string;
  summary: string;
  body: string;
  tags: string[];
  talkingPoints: string[];
  funnelStages: FunnelStage[];
  owner?: string | null;
  product: { slug: string };
  jobs: Job[];
  objections: Objection[];
  rollout?: { startDate?: string | null; sharePercent?: unknown; clientCanOptOut?: boolean | null } | null;
  targetSegments: { slug: string }[];
  antiSegments: { slug: string }[];
  glossaryTerms: { slug: string }[];
  verification: { everyDays: number };
}

export function emptyDraft(owner: string): CardDraft {
  return {
    title: '', summary: '', productSlug: '', jobs: [], targetSegmentSlugs: [], antiSegmentSlugs: [], tags: [], funnelStages: [],
    talkingPoints: [], objections: [], body: '', glossaryTermSlugs: [], rolloutStartDate: '', rolloutSharePercent: '', rolloutOptOut: '',
    owner, verifyEveryDays: '90',
  };
}

export function draftOf(card: StoredCard): CardDraft {
  const r = card.rollout;
  return {
    title: card.title,
    summary: card.summary,
    productSlug: card.product.slug,
    jobs: card.jobs.map((j) => ({ situation: j.situation, motivation: j.motivation, outcome: j.outcome })),
    targetSegmentSlugs: card.targetSegments.map((s) => s.slug),
    antiSegmentSlugs: card.antiSegments.map((s) => s.slug),
    tags: [...card.tags],
    funnelStages: [...card.funnelStages],
    talkingPoints: [...card.talkingPoints],
    objections: card.objections.map((o) => ({ objection: o.objection, answer: o.answer })),
    body: card.body,
    glossaryTermSlugs: card.glossaryTerms.map((t) => t.slug),
    rolloutStartDate: r?.startDate ?? '',
    rolloutSharePercent: r?.sharePercent === null || r?.sharePercent === undefined ? '' : String(r.sharePercent),
    rolloutOptOut: r?.clientCanOptOut === true ? 'yes' : r?.clientCanOptOut === false ? 'no' : '',
    owner: card.owner ?? '',
    verifyEveryDays: String(card.verification.everyDays),
  };
}

/** Tags as typed in one line: split at commas, trimmed, blanks and repeats dropped. */
export function parseTags(line: string): string[] {
  return [...new Set(line.split(',').map((t) => t.trim()).filter(Boolean))];
}

function number(text: string): number | null {
  const value = Number(text.trim().replace(',', '.'));
  return text.trim() === '' || !Number.isFinite(value) ? null : value;
}

/** Numbers that do not parse, named by field, checked before sending (the API would refuse the whole request). */
export function numberProblems(d: CardDraft): { field: DraftField; message: string }[] {
  const problems: { field: DraftField; message: string }[] = [];
  if (d.rolloutSharePercent.trim() && number(d.rolloutSharePercent) === null) {
    problems.push({ field: 'rolloutSharePercent', message: 'Доля клиентов — число от 0 до 100, например 12,5.' });
  }
  if (d.verifyEveryDays.trim() && !/^\d+$/.test(d.verifyEveryDays.trim())) {
    problems.push({ field: 'verifyEveryDays', message: 'Интервал проверки — целое число дней от 1 до 3650.' });
  }
  return problems;
}

/** The fields of createFeatureCard / updateFeatureCard; empty list rows are left out. */
export function draftInput(d: CardDraft) {
  const share = number(d.rolloutSharePercent);
  const every = number(d.verifyEveryDays);
  const hasRollout = d.rolloutStartDate !== '' || d.rolloutSharePercent.trim() !== '' || d.rolloutOptOut !== '';
  return {
    title: d.title,
    summary: d.summary,
    productSlug: d.productSlug || null,
    jobs: d.jobs.filter((j) => j.situation.trim() || j.motivation.trim() || j.outcome.trim()),
    targetSegmentSlugs: d.targetSegmentSlugs,
    antiSegmentSlugs: d.antiSegmentSlugs,
    tags: d.tags,
    funnelStages: d.funnelStages,
    talkingPoints: d.talkingPoints.filter((t) => t.trim()),
    objections: d.objections.filter((o) => o.objection.trim() || o.answer.trim()),
    body: d.body,
    glossaryTermSlugs: d.glossaryTermSlugs,
    rollout: hasRollout
      ? { startDate: d.rolloutStartDate || null, sharePercent: share, clientCanOptOut: d.rolloutOptOut === '' ? null : d.rolloutOptOut === 'yes' }
      : null,
    owner: d.owner.trim() || null,
    verifyEveryDays: every === null ? null : Math.trunc(every),
  };
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function changed(a: CardDraft, b: CardDraft): boolean {
  return !same(a, b);
}

export interface Merge {
  draft: CardDraft;
  /** Fields both the PM and the other person changed: the PM's text is kept, the other's is overwritten on save. */
  conflicts: DraftField[];
}

/**
 * A three-way merge per field after a stale save: `base` is what the PM started from, `mine` what they typed,
 * `theirs` the newer stored card. A field the PM did not touch takes the newer value; a field they changed keeps
 * their text.
 */
export function mergeStale(base: CardDraft, mine: CardDraft, theirs: CardDraft): Merge {
  const draft = { ...theirs };
  const conflicts: DraftField[] = [];
  for (const key of Object.keys(base) as DraftField[]) {
    if (same(mine[key], base[key])) continue;
    (draft as Record<DraftField, unknown>)[key] = mine[key];
    if (!same(theirs[key], base[key]) && !same(theirs[key], mine[key])) conflicts.push(key);
  }
  return { draft, conflicts };
}
