// The evidence editor's state as plain values: figures as typed text (nothing is lost on a typo), read from stored
// evidence, checked in Russian before anything is sent, and turned into evidencePreview's and the save's input.
import type { EvidenceKind } from './generated/graphql';

export interface EvidenceDraft {
  kind: EvidenceKind;
  slug: string;
  title: string;
  conclusion: string;
  conductedOn: string;
  controlUsers: string;
  controlConversions: string;
  variantUsers: string;
  variantConversions: string;
  respondents: string;
  satisfied: string;
  metric: string;
  before: string;
  after: string;
  participants: string;
}

/** Stored evidence as the editor reads it (EditableEvidence). */
export interface StoredEvidence {
  kind: EvidenceKind;
  slug: string;
  title: string;
  conclusion: string;
  conductedOn: string;
  abTest: { controlUsers: number; controlConversions: number; variantUsers: number; variantConversions: number } | null;
  survey: { respondents: number; satisfied: number } | null;
  pilot: { metric: string; before: number; after: number; participants: number | null } | null;
}

/** A problem found before sending, at the API's field path (e.g. ["abTest", "controlConversions"]). */
export interface Problem {
  path: string[];
  text: string;
}

type Figures =
  | { abTest: { controlUsers: number; controlConversions: number; variantUsers: number; variantConversions: number } }
  | { survey: { respondents: number; satisfied: number } }
  | { pilot: { metric: string; before: number; after: number; participants: number | null } };

/** What evidencePreview needs: the kind and its block, or why the figures cannot be sent yet. */
export interface FiguresCheck {
  figures: ({ kind: EvidenceKind } & Figures) | null;
  /** Figures typed wrongly, to show by their fields. */
  problems: Problem[];
  /** Some required figure is still empty: nothing to preview yet, and nothing wrong either. */
  incomplete: boolean;
}

export function emptyEvidence(cardSlug: string, today: string, unique: string): EvidenceDraft {
  return {
    kind: 'AB_TEST', slug: `${cardSlug.slice(0, 60)}-${unique}`.replace(/-+$/, ''), title: '', conclusion: '', conductedOn: today,
    controlUsers: '', controlConversions: '', variantUsers: '', variantConversions: '', respondents: '', satisfied: '',
    metric: '', before: '', after: '', participants: '',
  };
}

const text = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n).replace('.', ','));

export function draftOfEvidence(e: StoredEvidence): EvidenceDraft {
  return {
    kind: e.kind, slug: e.slug, title: e.title, conclusion: e.conclusion, conductedOn: e.conductedOn,
    controlUsers: text(e.abTest?.controlUsers), controlConversions: text(e.abTest?.controlConversions),
    variantUsers: text(e.abTest?.variantUsers), variantConversions: text(e.abTest?.variantConversions),
    respondents: text(e.survey?.respondents), satisfied: text(e.survey?.satisfied),
    metric: e.pilot?.metric ?? '', before: text(e.pilot?.before), after: text(e.pilot?.after), participants: text(e.pilot?.participants),
  };
}

/** A whole number as a PM types it ("1 200" too), or null. */
export function wholeNumber(value: string): number | null {
  const plain = value.replace(/[\s\u00a0]/g, '');
  return /^\d{1,9}$/.test(plain) ? Number(plain) : null;
}

/** A decimal number with a comma or a point, a minus or a real minus sign, or null. */
export function decimalNumber(value: string): number | null {
  const plain = value.replace(/[\s\u00a0]/g, '').replace(',', '.').replace('\u2212', '-');
  return /^-?\d{1,14}(\.\d+)?$/.test(plain) ? Number(plain) : null;
}

/** Checks a count and the part of it (conversions of users, satisfied of respondents). */
function countPair(block: string, totalField: string, total: string, partField: string, part: string, names: [string, string], problems: Problem[]) {
  const t = wholeNumber(total);
  const p = wholeNumber(part);
  if (total.trim() && (t === null || t < 1)) problems.push({ path: [block, totalField], text: `${names[0]}: целое число, 1 или больше.` });
  if (part.trim() && p === null) problems.push({ path: [block, partField], text: `${names[1]}: целое число, 0 или больше.` });
  else if (t !== null && p !== null && p > t) problems.push({ path: [block, partField], text: `${names[1]} (${p}) не может быть больше, чем ${names[0].toLowerCase()} (${t}).` });
  return { t, p, empty: !total.trim() || !part.trim() };
}

/** The figures of the draft's kind, checked. */
export function checkFigures(d: EvidenceDraft): FiguresCheck {
  const problems: Problem[] = [];
  if (d.kind === 'AB_TEST') {
    const control = countPair('abTest', 'controlUsers', d.controlUsers, 'controlConversions', d.controlConversions, ['Пользователей без функции', 'Конверсий без функции'], problems);
    const variant = countPair('abTest', 'variantUsers', d.variantUsers, 'variantConversions', d.variantConversions, ['Пользователей с функцией', 'Конверсий с функцией'], problems);
    const incomplete = control.empty || variant.empty;
    return {
      problems, incomplete,
      figures: problems.length || incomplete ? null
        : { kind: d.kind, abTest: { controlUsers: control.t!, controlConversions: control.p!, variantUsers: variant.t!, variantConversions: variant.p! } },
    };
  }
  if (d.kind === 'SURVEY' || d.kind === 'INTERVIEW') {
    const pair = countPair('survey', 'respondents', d.respondents, 'satisfied', d.satisfied, ['Ответивших', 'Довольных'], problems);
    return { problems, incomplete: pair.empty, figures: problems.length || pair.empty ? null : { kind: d.kind, survey: { respondents: pair.t!, satisfied: pair.p! } } };
  }
  const before = decimalNumber(d.before);
  const after = decimalNumber(d.after);
  const participants = wholeNumber(d.participants);
  if (d.before.trim() && before === null) problems.push({ path: ['pilot', 'before'], text: 'До пилота: число, например 32,5.' });
  if (d.after.trim() && after === null) problems.push({ path: ['pilot', 'after'], text: 'После пилота: число, например 18.' });
  if (d.participants.trim() && (participants === null || participants < 1)) problems.push({ path: ['pilot', 'participants'], text: 'Участников: целое число, 1 или больше, или пусто.' });
  const incomplete = !d.metric.trim() || !d.before.trim() || !d.after.trim();
  return {
    problems, incomplete,
    figures: problems.length || incomplete ? null
      : { kind: d.kind, pilot: { metric: d.metric.trim(), before: before!, after: after!, participants: d.participants.trim() ? participants : null } },
  };
}

/** The fields createEvidence and updateEvidence share; null figures leave the block out, so the API names it. */
export function evidenceInput(d: EvidenceDraft, check: FiguresCheck) {
  return { title: d.title, conclusion: d.conclusion, conductedOn: d.conductedOn || null, ...(check.figures ?? { kind: d.kind }) };
}

export function sameEvidence(a: EvidenceDraft, b: EvidenceDraft): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A number the Russian way: decimal comma, real minus sign, at most `digits` decimals. */
export function ru(n: number, digits = 1): string {
  return n.toLocaleString('ru-RU', { maximumFractionDigits: digits }).replace('-', '\u2212');
}

/** A 95% interval rounded outwards to one decimal, so it is never shown narrower than computed. */
export function intervalText(low: number, high: number, unit: string, signed = false): string {
  const lo = Math.floor(low * 10 + 1e-9) / 10;
  const hi = Math.ceil(high * 10 - 1e-9) / 10;
  const sign = (n: number) => (signed && n > 0 ? '+' : '');
  return `от ${sign(lo)}${ru(lo)} до ${sign(hi)}${ru(hi)} ${unit}`;
}
