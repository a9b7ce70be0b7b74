// The live plain-language check's pure part: which words of a field are jargon, from the glossary terms `annotate`
// found in it and the Latin-script words no term covers (the same rule as the API's UNKNOWN_LATIN_WORD warning).

export interface Found {
  start: number;
  end: number;
  text: string;
  term: { slug: string; term: string; definition: string; discouraged: boolean };
}

export interface PlainHint {
  kind: 'discouraged' | 'latin' | 'term';
  text: string;
  /** The plain word to write instead (a discouraged term's definition names it), or the term's definition. */
  advice: string | null;
}

const WORD = /[\p{L}\p{N}]+(?:[-‐‑][\p{L}\p{N}]+)*/gu;
const LINK = /(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+/giu;

/** Whether the word has at least two Latin letters, as the API counts them. */
export function isLatinWord(word: string): boolean {
  return (word.match(/\p{Script=Latin}/gu) ?? []).length >= 2;
}

/** Each jargon word or term once, in text order: discouraged terms, unknown Latin words, then plain glossary terms. */
export function plainHints(text: string, found: Found[]): PlainHint[] {
  const hints: PlainHint[] = [];
  const seen = new Set<string>();
  const add = (hint: PlainHint, key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    hints.push(hint);
  };
  for (const f of found) {
    if (f.term.discouraged) add({ kind: 'discouraged', text: f.text, advice: f.term.definition }, `t:${f.term.slug}`);
  }
  const links = [...text.matchAll(LINK)].map((m) => [m.index, m.index + m[0].length]);
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    const covered = found.some((f) => f.start <= start && f.end >= end) || links.some(([s, e]) => s <= start && e >= end);
    if (!covered && isLatinWord(m[0])) add({ kind: 'latin', text: m[0], advice: null }, `w:${m[0].toLowerCase()}`);
  }
  for (const f of found) {
    if (!f.term.discouraged) add({ kind: 'term', text: f.text, advice: f.term.definition }, `t:${f.term.slug}`);
  }
  return hints;
}
