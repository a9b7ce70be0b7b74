// Text from the API is never put into the page as HTML: these helpers split it into plain pieces.

export interface Piece {
  text: string;
  mark?: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'", '#34': '"' };

export function unescapeHtml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#39|#x27|#34);/g, (_, name: string) => ENTITIES[name]);
}

/**
 * A search highlight (HTML-escaped text with matches in <mark>…</mark>) as plain pieces. Any other markup stays
 * visible text, so a fragment can never inject HTML.
 */
export function highlightPieces(fragment: string): Piece[] {
  const pieces: Piece[] = [];
  const parts = fragment.split(/(<mark>|<\/mark>)/);
  let marked = false;
  for (const part of parts) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) pieces.push(marked ? { text: unescapeHtml(part), mark: true } : { text: unescapeHtml(part) });
  }
  return pieces;
}

export interface Mention<T> {
  field: string[];
  start: number;
  end: number;
  term: T;
}

export interface TermPiece<T> {
  text: string;
  term?: T;
}

/** The mentions in one text field, e.g. ["objections", "0", "answer"]. */
export function mentionsIn<T>(mentions: Mention<T>[], field: (string | number)[]): Mention<T>[] {
  const path = field.map(String);
  return mentions.filter((m) => m.field.length === path.length && m.field.every((p, i) => p === path[i]));
}

/**
 * A field's text cut at its glossary mentions, so each term can carry its definition. Mentions are UTF-16
 * offsets, as JavaScript indexes strings; overlapping or out-of-range ones are skipped.
 */
export function splitByMentions<T>(text: string, mentions: Mention<T>[]): TermPiece<T>[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const pieces: TermPiece<T>[] = [];
  let at = 0;
  for (const m of sorted) {
    if (m.start < at || m.end > text.length || m.end <= m.start) continue;
    if (m.start > at) pieces.push({ text: text.slice(at, m.start) });
    pieces.push({ text: text.slice(m.start, m.end), term: m.term });
    at = m.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at) });
  return pieces;
}

/** "1 карточка", "2 карточки", "5 карточек". */
export function plural(n: number, one: string, few: string, many: string): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
}

/** The word being typed, for autocomplete: the whole query, trimmed, at least two characters. */
export function suggestPrefix(query: string): string | null {
  const trimmed = query.replace(/\s+/g, ' ').trimStart();
  return trimmed.trim().length >= 2 ? trimmed : null;
}

export interface Run {
  text: string;
  bold: boolean;
}

/**
 * Markdown's **bold** in a piece of text, as runs; `bold` says whether the piece starts inside a bold span, and
 * the result whether it ends in one (a bold span may cross a glossary term). The markers are dropped only when
 * rendering, so the API's offsets into the Markdown source stay valid.
 */
export function boldRuns(text: string, bold: boolean): { runs: Run[]; bold: boolean } {
  const runs: Run[] = [];
  let inside = bold;
  text.split('**').forEach((part, i) => {
    if (i > 0) inside = !inside;
    if (part) runs.push({ text: part, bold: inside });
  });
  return { runs, bold: inside };
}

/** Joins hard-wrapped lines of a Markdown paragraph; keeps blank lines between paragraphs. Length is unchanged. */
export function unwrapLines(text: string): string {
  return text.replace(/([^\n])\n(?=[^\n])/g, '$1 ');
}
