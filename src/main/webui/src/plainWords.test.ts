import { describe, expect, it } from 'vitest';
import { type Found, isLatinWord, plainHints } from './plainWords';

const term = (slug: string, discouraged: boolean, definition = 'определение') => ({ slug, term: slug, definition, discouraged });

describe('plainHints', () => {
  it('puts discouraged terms first, with the plain word, then unknown Latin words, then known terms', () => {
    const text = 'Собрали фидбэк по onboarding и MQL';
    const found: Found[] = [
      { start: 8, end: 14, text: 'фидбэк', term: term('fidbek', true, 'Пишите «отзыв».') },
      { start: 31, end: 34, text: 'MQL', term: term('mql', false) },
    ];
    expect(plainHints(text, found)).toEqual([
      { kind: 'discouraged', text: 'фидбэк', advice: 'Пишите «отзыв».' },
      { kind: 'latin', text: 'onboarding', advice: null },
      { kind: 'term', text: 'MQL', advice: 'определение' },
    ]);
  });

  it('reports a word once, keeps hyphenated words whole and skips links and e-mail addresses', () => {
    const text = 'look-alike и снова look-alike, см. https://example.com/help или pm@example.com';
    expect(plainHints(text, []).map((h) => h.text)).toEqual(['look-alike']);
  });

  it('finds nothing in plain Russian', () => {
    expect(plainHints('Клиент видит пропущенные звонки', [])).toEqual([]);
  });
});

describe('isLatinWord', () => {
  it('needs two Latin letters', () => {
    expect(isLatinWord('CJM')).toBe(true);
    expect(isLatinWord('A1')).toBe(false);
    expect(isLatinWord('звонки')).toBe(false);
  });
});
