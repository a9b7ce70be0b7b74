import { describe, expect, it } from 'vitest';
import { changed, draftInput, draftOf, emptyDraft, mergeStale, numberProblems, parseTags } from './cardDraft';

const stored = {
  title: 'Колл-трекинг', summary: 'Кратко', body: '## Подробно', tags: ['звонки'], talkingPoints: ['Пункт'], funnelStages: ['SALES' as const],
  owner: 'pm.anna', product: { slug: 'call-tracking' }, jobs: [{ situation: 'Когда', motivation: 'я хочу', outcome: 'чтобы' }],
  objections: [{ objection: 'Дорого?', answer: 'Нет' }], rollout: { startDate: '2026-03-01', sharePercent: 10.5, clientCanOptOut: false },
  targetSegments: [{ slug: 'a' }], antiSegments: [{ slug: 'b' }], glossaryTerms: [{ slug: 'mql' }], verification: { everyDays: 90 },
};

describe('draftOf and draftInput', () => {
  it('round-trips every field of a card', () => {
    const input = draftInput(draftOf(stored));
    expect(input).toEqual({
      title: 'Колл-трекинг', summary: 'Кратко', productSlug: 'call-tracking', jobs: stored.jobs, targetSegmentSlugs: ['a'], antiSegmentSlugs: ['b'],
      tags: ['звонки'], funnelStages: ['SALES'], talkingPoints: ['Пункт'], objections: stored.objections, body: '## Подробно',
      glossaryTermSlugs: ['mql'], rollout: { startDate: '2026-03-01', sharePercent: 10.5, clientCanOptOut: false }, owner: 'pm.anna', verifyEveryDays: 90,
    });
  });

  it('leaves out blank rows and an empty rollout, and reads a decimal comma', () => {
    const d = { ...emptyDraft('pm'), talkingPoints: ['', ' x '], jobs: [{ situation: '', motivation: ' ', outcome: '' }] };
    const input = draftInput(d);
    expect(input.talkingPoints).toEqual([' x ']);
    expect(input.jobs).toEqual([]);
    expect(input.rollout).toBeNull();
    expect(draftInput({ ...d, rolloutSharePercent: '12,5' }).rollout).toEqual({ startDate: null, sharePercent: 12.5, clientCanOptOut: null });
  });

  it('names the numbers that do not parse before anything is sent', () => {
    expect(numberProblems({ ...emptyDraft('pm'), rolloutSharePercent: 'много', verifyEveryDays: '1.5' }).map((p) => p.field))
      .toEqual(['rolloutSharePercent', 'verifyEveryDays']);
    expect(numberProblems({ ...emptyDraft('pm'), rolloutSharePercent: '7,5' })).toEqual([]);
  });
});

describe('parseTags', () => {
  it('splits at commas, trims and drops blanks and repeats', () => {
    expect(parseTags(' звонки, ,отчёты,звонки ')).toEqual(['звонки', 'отчёты']);
  });
});

describe('mergeStale', () => {
  const base = draftOf(stored);

  it('takes the newer value where the PM typed nothing and keeps what the PM typed', () => {
    const mine = { ...base, summary: 'Моё резюме' };
    const theirs = { ...base, title: 'Новый заголовок', version: 2 } as typeof base;
    const merged = mergeStale(base, mine, theirs);
    expect(merged.draft.title).toBe('Новый заголовок');
    expect(merged.draft.summary).toBe('Моё резюме');
    expect(merged.conflicts).toEqual([]);
  });

  it('names the fields both changed, keeping the PM text', () => {
    const mine = { ...base, body: 'Мой текст', tags: ['мой'] };
    const theirs = { ...base, body: 'Чужой текст', tags: ['мой'] };
    const merged = mergeStale(base, mine, theirs);
    expect(merged.draft.body).toBe('Мой текст');
    expect(merged.conflicts).toEqual(['body']);
    expect(changed(merged.draft, theirs)).toBe(true);
  });
});
