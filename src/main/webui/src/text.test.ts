import { describe, expect, it } from 'vitest';
import { highlightPieces, mentionsIn, plural, splitByMentions, suggestPrefix, unescapeHtml } from './text';

describe('search highlights', () => {
  it('splits marked and plain text', () => {
    expect(highlightPieces('Звонки <mark>коллтрекинга</mark> и <mark>записи</mark>.')).toEqual([
      { text: 'Звонки ' }, { text: 'коллтрекинга', mark: true }, { text: ' и ' }, { text: 'записи', mark: true }, { text: '.' },
    ]);
  });

  it('keeps escaped markup as visible text, never as HTML', () => {
    const pieces = highlightPieces('&lt;script&gt;alert(1)&lt;/script&gt; <mark>A&amp;B</mark>');
    expect(pieces).toEqual([{ text: '<script>alert(1)</script> ' }, { text: 'A&B', mark: true }]);
    expect(highlightPieces('<b>x</b>')).toEqual([{ text: '<b>x</b>' }]);
  });

  it('unescapes the entities the highlighter writes', () => {
    expect(unescapeHtml('&quot;a&quot; &#39;b&#x27; &amp;amp;')).toBe('"a" \'b\' &amp;');
  });
});

describe('glossary mentions', () => {
  const term = { slug: 'mql' };
  it('cuts a text at its mentions', () => {
    const text = 'Растёт MQL и CAC.';
    expect(splitByMentions(text, [{ field: ['summary'], start: 7, end: 10, term }, { field: ['summary'], start: 13, end: 16, term }])).toEqual([
      { text: 'Растёт ' }, { text: 'MQL', term }, { text: ' и ' }, { text: 'CAC', term }, { text: '.' },
    ]);
  });

  it('skips overlapping and out-of-range mentions and keeps the whole text', () => {
    const pieces = splitByMentions('abcdef', [
      { field: [], start: 0, end: 3, term }, { field: [], start: 2, end: 4, term }, { field: [], start: 5, end: 9, term },
    ]);
    expect(pieces.map((p) => p.text).join('')).toBe('abcdef');
    expect(pieces.filter((p) => p.term)).toHaveLength(1);
  });

  it('picks the mentions of one field by its path', () => {
    const mentions = [
      { field: ['objections', '0', 'answer'], start: 0, end: 1, term },
      { field: ['objections', '1', 'answer'], start: 0, end: 1, term },
      { field: ['summary'], start: 0, end: 1, term },
    ];
    expect(mentionsIn(mentions, ['objections', 1, 'answer'])).toEqual([mentions[1]]);
    expect(mentionsIn(mentions, ['objections'])).toEqual([]);
  });

  it('counts surrogate pairs as JavaScript does (UTF-16 offsets)', () => {
    const text = '😀 MQL';
    expect(splitByMentions(text, [{ field: [], start: 3, end: 6, term }])[1]).toEqual({ text: 'MQL', term });
  });
});

describe('Russian plurals and autocomplete', () => {
  it('declines counts', () => {
    expect([1, 2, 5, 11, 21, 22, 112].map((n) => plural(n, 'карточка', 'карточки', 'карточек')))
      .toEqual(['карточка', 'карточки', 'карточек', 'карточек', 'карточка', 'карточки', 'карточек']);
  });

  it('suggests from two characters on', () => {
    expect(suggestPrefix(' к')).toBeNull();
    expect(suggestPrefix('  колл  тр')).toBe('колл тр');
  });
});

describe('Markdown in a card body', async () => {
  const { boldRuns, unwrapLines } = await import('./text');
  it('turns **bold** into runs, across pieces', () => {
    expect(boldRuns('Итог: **важно', false)).toEqual({ runs: [{ text: 'Итог: ', bold: false }, { text: 'важно', bold: true }], bold: true });
    expect(boldRuns('** и дальше', true)).toEqual({ runs: [{ text: ' и дальше', bold: false }], bold: false });
  });

  it('unwraps lines without moving any offset', () => {
    const text = 'строка один\nстрока два\n\nабзац';
    expect(unwrapLines(text)).toBe('строка один строка два\n\nабзац');
    expect(unwrapLines(text)).toHaveLength(text.length);
  });
});
