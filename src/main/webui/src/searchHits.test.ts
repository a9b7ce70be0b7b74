import { describe, expect, it } from 'vitest';
import { cardsFirst, matchReason } from './searchHits';

describe('why a hit matched', () => {
  it('names every matched field and shows the first fragment that is not the title', () => {
    const reason = matchReason([{ field: 'title', fragment: '<mark>Колл</mark>-трекинг' }, { field: 'pitch', fragment: 'про <mark>звонки</mark>' }]);
    expect(reason.label).toBe('Совпало в названии, в тезисах и возражениях');
    expect(reason.fragment).toBe('про <mark>звонки</mark>');
    expect(reason.keyword).toBeNull();
  });

  it('a match only in the tags shows the tag with the summary, not a bare word', () => {
    const reason = matchReason([{ field: 'keywords', fragment: '<mark>hr</mark>' }]);
    expect(reason).toEqual({ label: 'Совпало в тегах и терминах', fragment: null, keyword: '<mark>hr</mark>' });
  });

  it('a hit without highlighted fields (a synonym, a typo) still says why', () => {
    expect(matchReason([]).label).toContain('синоним');
    expect(matchReason([{ field: 'title', fragment: 'x' }])).toEqual({ label: 'Совпало в названии', fragment: null, keyword: null });
  });

  it('puts cards first and keeps the order within each kind', () => {
    const hits = [{ type: 'GLOSSARY', n: 1 }, { type: 'CARD', n: 2 }, { type: 'SEGMENT', n: 3 }, { type: 'CARD', n: 4 }];
    expect(cardsFirst(hits).map((h) => h.n)).toEqual([2, 4, 1, 3]);
  });
});
