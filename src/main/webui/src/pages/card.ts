import { copyButton } from '../copy';
import { h, uid } from '../dom';
import {
  type CardJargonQuery, CardJargonDocument, type CardPageQuery, CardPageDocument, type RolloutFragment, type SegmentOnCardFragment,
  type TermOnHoverFragment as Term,
} from '../generated/graphql';
import { gql } from '../gql';
import { AUDIENCE, EVIDENCE, formatDate, STAGE, STATUS, VERDICT } from '../labels';
import type { PageContext } from '../router';
import { pmPanel } from './cardActions';
import { feedbackBox, trustLine } from './cardTrust';
import { boldRuns, type Mention, mentionsIn, splitByMentions, unwrapLines } from '../text';

type Card = NonNullable<CardPageQuery['featureCard']>;
type Segment = SegmentOnCardFragment;
type Jargon = NonNullable<CardJargonQuery['featureCard']>['jargon'][number];

/** A glossary term in running text: its plain definition shows on hover and on keyboard focus. */
export function termElement(text: string, term: Term): HTMLElement {
  const id = uid('tip');
  return h('span', { class: 'term', tabindex: '0', 'aria-describedby': id, 'data-term': term.slug },
    text,
    h('span', { class: 'tip', role: 'tooltip', id },
      h('strong', null, term.term), ` — ${term.definition}`, term.formula ? h('span', { class: 'formula' }, ` Формула: ${term.formula}`) : null));
}

/** The card body: paragraphs and **bold** of its Markdown, glossary terms marked; everything else stays text. */
function markdownLite(body: string, mentions: Mention<Term>[]): Node[] {
  const nodes: Node[] = [];
  let bold = false;
  for (const piece of splitByMentions(unwrapLines(body), mentions)) {
    const result = boldRuns(piece.text, bold);
    bold = result.bold;
    for (const run of result.runs) {
      const node: Node = piece.term ? termElement(run.text, piece.term) : document.createTextNode(run.text);
      nodes.push(run.bold ? h('strong', null, node) : node);
    }
  }
  return nodes;
}

export function rolloutText(r: RolloutFragment | null): string | null {
  if (!r || (r.sharePercent === null && r.startDate === null && r.clientCanOptOut === null)) return null;
  const parts: string[] = [];
  if (r.sharePercent !== null) parts.push(`${String(r.sharePercent).replace('.', ',')} % клиентов`);
  if (r.startDate) parts.push(`с ${formatDate(r.startDate)}`);
  if (r.clientCanOptOut !== null) parts.push(r.clientCanOptOut ? 'клиент может отключить' : 'клиент не может отключить');
  return parts.join(', ');
}

export async function cardPage(ctx: PageContext, slug: string): Promise<void> {
  const card: Card | null = (await gql(CardPageDocument, { slug })).featureCard;
  if (!card) {
    ctx.main.append(h('h1', null, 'Карточка не найдена'),
      h('p', null, 'Её нет или она ещё не опубликована. ', h('a', { href: '/search' }, 'К поиску')));
    return;
  }
  document.title = `${card.title} — Портал знаний о продукте`;
  const text = (value: string, ...field: (string | number)[]) =>
    splitByMentions(value, mentionsIn(card.glossaryMentions, field)).map((p) => (p.term ? termElement(p.text, p.term) : p.text));
  const section = (title: string, ...content: (Node | string | null)[]) => h('section', { class: 'block' }, h('h2', null, title), ...content);
  const segments = (list: Segment[]) => h('ul', { class: 'segments' }, list.map((s) =>
    h('li', null, h('strong', null, s.name), ': ', s.criteria.sentence)));
  const rollout = rolloutText(card.rollout);

  ctx.main.append(h('article', { class: 'card-page' },
    h('p', { class: 'meta' }, h('a', { href: `/search?q=${encodeURIComponent(card.product.name)}&product=${encodeURIComponent(card.product.slug)}` }, card.product.name),
      card.status !== 'PUBLISHED' ? h('span', { class: 'badge status' }, STATUS[card.status]) : null,
      ...card.funnelStages.map((s) => h('span', { class: 'badge' }, STAGE[s] ?? s))),
    h('h1', null, text(card.title, 'title')),
    trustLine(card),
    h('p', { class: 'actions' }, copyButton('Скопировать ссылку на карточку', () => `${location.origin}/card/${encodeURIComponent(card.slug)}`)),
    h('p', { class: 'summary' }, text(card.summary, 'summary')),
    // Each part is written as a sentence fragment («Когда …,», «я хочу …,», «чтобы …»), so they are read in a row.
    card.jobs.length ? section('Зачем клиенту (JTBD)', h('ul', { class: 'jobs' }, card.jobs.map((j, i) => h('li', null,
      h('span', { class: 'jtbd-situation' }, text(j.situation, 'jobs', i, 'situation')), ' ',
      h('span', { class: 'jtbd-motivation' }, text(j.motivation, 'jobs', i, 'motivation')), ' ',
      h('span', { class: 'jtbd-outcome' }, text(j.outcome, 'jobs', i, 'outcome')))))) : null,
    h('div', { class: 'two' },
      section('Кому предлагать', card.targetSegments.length ? segments(card.targetSegments) : h('p', { class: 'muted' }, 'Сегменты не указаны.')),
      section('Кому не предлагать', card.antiSegments.length ? segments(card.antiSegments) : h('p', { class: 'muted' }, 'Ограничений нет.'))),
    card.talkingPoints.length ? section('Что сказать клиенту',
      h('p', { class: 'actions' }, copyButton('Скопировать все', () => card.talkingPoints.map((t) => `- ${t}`).join('\n'), 'Скопировать все тезисы')),
      h('ul', { class: 'talking-points' }, card.talkingPoints.map((t, i) => h('li', null, text(t, 'talkingPoints', i), ' ',
        copyButton('копировать', () => t, `Скопировать тезис ${i + 1}`))))) : null,
    card.objections.length ? section('Возражения и ответы', h('dl', { class: 'objections' }, card.objections.flatMap((o, i) => [
      h('dt', null, text(o.objection, 'objections', i, 'objection')),
      h('dd', null, text(o.answer, 'objections', i, 'answer'), ' ', copyButton('копировать ответ', () => o.answer, `Скопировать ответ на возражение ${i + 1}`))]))) : null,
    h('section', { class: 'block', id: 'evidence' }, h('h2', null, 'Что показали исследования'), card.evidence.length ? h('ul', { class: 'evidence' }, card.evidence.map((e) => h('li', null,
      h('p', null, h('span', { class: 'badge' }, EVIDENCE[e.kind] ?? e.kind), ' ', h('strong', null, e.title),
        e.conductedOn ? h('span', { class: 'muted' }, ` · ${formatDate(e.conductedOn)}`) : null,
        e.sampleSize ? h('span', { class: 'muted' }, ` · выборка ${e.sampleSize}`) : null),
      h('p', null, e.conclusion),
      e.statistics ? h('p', { class: `claim verdict-${e.statistics.verdict.toLowerCase()}` },
        h('strong', null, `${VERDICT[e.statistics.verdict] ?? e.statistics.verdict}. `), e.statistics.claim) : null))) : h('p', { class: 'muted' }, 'Исследований пока нет.')),
    rollout ? section('Раскатка', h('p', null, rollout)) : null,
    card.body ? section('Подробности', h('div', { class: 'body' }, markdownLite(card.body, mentionsIn(card.glossaryMentions, ['body'])))) : null,
    section('Релизы', card.releaseNotes.length ? h('ul', { class: 'notes' }, card.releaseNotes.map((n) => h('li', null,
      h('p', null, h('strong', null, n.title), h('span', { class: 'muted' }, ` · ${formatDate(n.publishedOn)} · для: ${n.audiences.map((a) => AUDIENCE[a] ?? a).join(', ')}`)),
      h('p', null, n.text), rolloutText(n.rollout) ? h('p', { class: 'muted' }, rolloutText(n.rollout)) : null))) : h('p', { class: 'muted' }, 'Релизов пока не было.')),
    h('p', { class: 'muted small' }, `Обновлено ${formatDate(card.updatedAt)}.`, ' ', card.tags.length ? `Теги: ${card.tags.join(', ')}.` : ''),
    feedbackBox(card),
  ));
  if (ctx.viewer.readsUnpublished) {
    // For PMs the evidence section becomes the evidence editor (add, change, preview the claim; admins delete),
    // loaded only for them.
    const evidence = ctx.main.querySelector<HTMLElement>('#evidence');
    const [jargon, panel] = await Promise.all([gql(CardJargonDocument, { slug }).then((d) => d.featureCard?.jargon ?? []), pmPanel(slug),
      evidence ? import('./evidenceEditor').then((m) => m.mountEvidenceEditor(evidence, slug, ctx.viewer, 'Что показали исследования')) : null]);
    if (panel) ctx.main.prepend(panel.top);
    ctx.main.append(jargonSection(jargon));
    if (panel) ctx.main.append(panel.bottom);
  }
}

export function jargonSection(jargon: Jargon[]): HTMLElement {
  return h('section', { class: 'block jargon', 'aria-label': 'Жаргон в карточке' }, h('h2', null, 'Жаргон (видят только продакты)'),
    jargon.length ? h('ul', null, jargon.map((j) => h('li', null, h('strong', null, j.text), ` — ${j.message}`,
      j.suggestion ? ` Лучше: «${j.suggestion}».` : '', h('span', { class: 'muted' }, ` (${j.occurrences.length} ${j.occurrences.length === 1 ? 'место' : 'мест'})`))))
      : h('p', { class: 'muted' }, 'Жаргона не найдено.'));
}
