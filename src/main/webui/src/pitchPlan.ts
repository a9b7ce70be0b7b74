// The pitch plan as plain text, for a CRM note or an e-mail: no markup, one block per card.
import type { PitchQuery } from './generated/graphql';

type Match = PitchQuery['pitch']['matches'][number];
type Excluded = PitchQuery['pitch']['excluded'][number];

export interface PlanInput {
  /** What the rep knows, in words ("800 сотрудников, розница"). */
  client: string;
  matches: Match[];
  excluded: Excluded[];
  /** The portal's origin, for links to the cards. */
  origin: string;
}

/** How many talking points a rep can say in the minute they have. */
export const TOP_POINTS = 3;

function block(m: Match, origin: string): string[] {
  const lines = [`${m.card.title} (${m.card.product.name})`, `  Почему: ${m.reason}`];
  if (m.questions.length) lines.push('  Спросите:', ...m.questions.map((q) => `  - ${q}`));
  const points = m.card.talkingPoints.slice(0, TOP_POINTS);
  if (points.length) lines.push('  Что сказать:', ...points.map((p) => `  - ${p}`));
  const objection = m.card.objections[0];
  if (objection) lines.push(`  Возражение: ${objection.objection}`, `  Ответ: ${objection.answer}`);
  lines.push(`  Карточка: ${origin}/card/${encodeURIComponent(m.card.slug)}`);
  return lines;
}

export function pitchPlanText(plan: PlanInput): string {
  const fits = plan.matches.filter((m) => m.verdict === 'FITS');
  const ask = plan.matches.filter((m) => m.verdict === 'ASK_CLIENT');
  const lines = [`План разговора с клиентом: ${plan.client}`];
  if (fits.length) lines.push('', 'ПОДХОДИТ', ...fits.flatMap((m) => ['', ...block(m, plan.origin)]));
  if (ask.length) lines.push('', 'МОЖЕТ ПОДОЙТИ — СПРОСИТЕ КЛИЕНТА', ...ask.flatMap((m) => ['', ...block(m, plan.origin)]));
  if (!fits.length && !ask.length) lines.push('', 'Подходящих предложений нет.');
  if (plan.excluded.length) lines.push('', 'НЕ ПРЕДЛАГАТЬ', ...plan.excluded.map((x) => `- ${x.card.title}: ${x.explanation}`));
  return `${lines.join('\n')}\n`;
}
