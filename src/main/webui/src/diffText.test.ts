import { describe, expect, it } from 'vitest';
import { diffSummary, wordCount } from './diffText';

describe('the review diff summary', () => {
  it('counts Russian words, not spaces or punctuation', () => {
    expect(wordCount('  Руководитель видит — отчёт по 2 филиалам. ')).toBe(6);
    expect(wordCount(' , . ')).toBe(0);
  });

  it('says how many words the edit removes and adds, with Russian plurals', () => {
    expect(diffSummary([
      { kind: 'UNCHANGED', text: 'Отчёт показывает ' },
      { kind: 'REMOVED', text: 'звонки' },
      { kind: 'ADDED', text: 'пропущенные звонки каждого филиала' },
    ])).toBe('удалено 1 слово, добавлено 4 слова');
    expect(diffSummary([{ kind: 'REMOVED', text: 'один два три четыре пять' }])).toBe('удалено 5 слов');
  });

  it('names a change of punctuation only, and no change', () => {
    expect(diffSummary([{ kind: 'UNCHANGED', text: 'Текст' }, { kind: 'ADDED', text: '.' }])).toBe('изменены знаки препинания или пробелы');
    expect(diffSummary([{ kind: 'UNCHANGED', text: 'Текст' }])).toBe('без изменений');
  });
});
