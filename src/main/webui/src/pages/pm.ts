import { append, h } from '../dom';
import { gql } from '../gql';
import { formatDate, STATUS } from '../labels';
import type { PageContext } from '../main';

const CARDS = `query PmCards {
  drafts: featureCards(first: 100, filter: {status: DRAFT}) { edges { node { ...Row } } }
  inReview: featureCards(first: 100, filter: {status: IN_REVIEW}) { edges { node { ...Row } } }
  toVerify: cardsToVerify(first: 20) { edges { node { slug title owner updatedAt status jargon { text } } } }
}
fragment Row on FeatureCard { slug title owner updatedAt status jargon { kind text message suggestion } }`;

interface Row { slug: string; title: string; owner: string | null; updatedAt: string; status: string; jargon: { kind?: string; text: string; message?: string; suggestion?: string | null }[] }
type Edges = { edges: { node: Row }[] };

function table(caption: string, rows: Row[], empty: string): HTMLElement {
  if (!rows.length) return h('section', { class: 'block' }, h('h2', null, caption), h('p', { class: 'muted' }, empty));
  return h('section', { class: 'block' }, h('h2', null, caption), h('ul', { class: 'pm-list' }, rows.map((r) => h('li', null,
    h('p', null, h('a', { href: `/card/${encodeURIComponent(r.slug)}` }, r.title), h('span', { class: 'badge status' }, STATUS[r.status] ?? r.status),
      h('span', { class: 'muted small' }, ` · ${r.owner ?? 'без владельца'} · ${formatDate(r.updatedAt)}`)),
    r.jargon.length ? h('p', { class: 'jargon-inline' }, `Жаргон: `, r.jargon.map((j) => j.suggestion ? `${j.text} → ${j.suggestion}` : j.text).join('; '))
      : h('p', { class: 'muted small' }, 'Жаргона нет.')))));
}

export async function pmPage(ctx: PageContext): Promise<void> {
  const data = await gql<{ drafts: Edges; inReview: Edges; toVerify: Edges }>(CARDS);
  const me = ctx.viewer.name;
  const mine = data.drafts.edges.map((e) => e.node).filter((c) => c.owner === me);
  const others = data.drafts.edges.map((e) => e.node).filter((c) => c.owner !== me);
  const review = data.inReview.edges.map((e) => e.node);
  append(ctx.main, [h('h1', null, 'Для продакта'),
    table('Мои черновики', mine, `Черновиков с владельцем «${me}» нет.`),
    table('Очередь на проверку', review.filter((c) => c.owner !== me), 'Карточек других продактов на проверке нет.'),
    review.some((c) => c.owner === me) ? table('Мои карточки на проверке', review.filter((c) => c.owner === me), '') : null,
    table('Пора перепроверить', data.toVerify.edges.map((e) => e.node), 'Все ваши опубликованные карточки проверены.'),
    others.length ? table('Черновики других продактов', others, '') : null]);
}
