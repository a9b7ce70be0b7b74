// Why a search hit matched, and the order hits are shown in: plain functions the search page and its tests share.

export interface TextMatch {
  field: string;
  fragment: string;
}

/** Where a match was, as the hit says it: «Совпало в названии». Field names are SearchHit.textMatches' own. */
export const MATCHED_IN: Record<string, string> = {
  title: 'в названии',
  aliases: 'в другом названии',
  summary: 'в описании',
  keywords: 'в тегах и терминах',
  pitch: 'в тезисах и возражениях',
  body: 'в подробностях',
};

export interface Reason {
  /** «Совпало в тегах и терминах», naming every field that matched, most telling first. */
  label: string;
  /** The highlighted fragment to show under the title; null to show the summary instead. */
  fragment: string | null;
  /** The tag or term that matched, when only the tags and terms matched: shown with the summary. */
  keyword: string | null;
}

/**
 * Why a hit matched: the fields, and which fragment to show. The title is already on screen, so another field's
 * fragment is shown when there is one; a match only in the tags is a bare word, so the summary is shown with it.
 */
export function matchReason(matches: readonly TextMatch[]): Reason {
  const fields = matches.map((m) => m.field);
  const label = fields.length ? `Совпало ${fields.map((f) => MATCHED_IN[f] ?? f).join(', ')}` : 'Совпало по смыслу (синоним или похожее написание)';
  const text = matches.find((m) => m.field !== 'title' && m.field !== 'keywords');
  const keyword = matches.find((m) => m.field === 'keywords');
  if (text) return { label, fragment: text.fragment, keyword: null };
  if (keyword) return { label, fragment: null, keyword: keyword.fragment };
  return { label, fragment: null, keyword: null };
}

/** Cards before everything else, each group keeping the search's order (best first). */
export function cardsFirst<T extends { type: string }>(hits: readonly T[]): T[] {
  return [...hits.filter((h) => h.type === 'CARD'), ...hits.filter((h) => h.type !== 'CARD')];
}
