import { describe, expect, it } from 'vitest';
import { pitchPlanText } from './pitchPlan';

const card = (slug: string, title: string) => ({
  slug, title, summary: '', product: { name: 'Колл-трекинг' },
  talkingPoints: ['Первый', 'Второй', 'Третий', 'Четвёртый'], objections: [{ objection: 'Дорого', answer: 'Окупается за месяц' }],
});
const fit = { status: 'MATCH' as const, score: 1, segment: { name: 'S' }, criteria: [] };

describe('pitchPlanText', () => {
  it('keeps what fits apart from what to ask, with the top three points and the first objection', () => {
    const text = pitchPlanText({
      client: 'ООО Ромашка; 800 сотрудников',
      origin: 'https://portal.example',
      matches: [
        { fit: 1, verdict: 'FITS', reason: 'Клиент из сегмента «S».', questions: [], warnings: [], card: card('a', 'Карточка А'), bestSegment: fit },
        { fit: 0.5, verdict: 'ASK_CLIENT', reason: 'Может подойти.', questions: ['Сколько у вас откликов в месяц?'], warnings: [], card: card('b c', 'Карточка Б'), bestSegment: fit },
      ],
      excluded: [{ reason: 'ANTI_SEGMENT', explanation: 'Своя телефония.', card: { slug: 'x', title: 'Карточка В' } }],
    });
    expect(text).toContain('План разговора с клиентом: ООО Ромашка; 800 сотрудников');
    expect(text.indexOf('ПОДХОДИТ')).toBeLessThan(text.indexOf('Карточка А'));
    expect(text.indexOf('МОЖЕТ ПОДОЙТИ')).toBeLessThan(text.indexOf('Карточка Б'));
    expect(text).toContain('  - Сколько у вас откликов в месяц?');
    expect(text).toContain('  - Третий');
    expect(text).not.toContain('Четвёртый');
    expect(text).toContain('  Возражение: Дорого\n  Ответ: Окупается за месяц');
    expect(text).toContain('https://portal.example/card/b%20c');
    expect(text).toContain('- Карточка В: Своя телефония.');
    expect(text).not.toMatch(/<[a-z]/);
  });
});
