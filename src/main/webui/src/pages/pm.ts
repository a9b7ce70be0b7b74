import { append, h } from '../dom';
import { PmCardsDocument, type PmRowFragment as Row } from '../generated/graphql';
import { gql } from '../gql';
import { formatDate, STATUS } from '../labels';
import type { PageContext } from '../router';

function table(caption: string, rows: Row[], empty: string): HTMLElement {
  if (!rows.length) return h('section', { class: 'block' }, h('h2', null, caption), h('p', { class: 'muted' }, empty));
  return h('section', { class: 'block' }, h('h2', null, caption), h('ul', { class: 'pm-list' }, rows.map((r) => h('li', null,
    h('p', null, h('a', { href: `/card/${encodeURIComponent(r.slug)}` }, r.title), h('span', { class: 'badge status' }, STATUS[r.status] ?? r.status),
      h('span', { class: 'muted small' }, ` · ${r.owner ?? 'без владельца'} · ${formatDate(r.updatedAt)}`)),
    r.jargon.length ? h('p', { class: 'jargon-inline' }, `Жаргон: `, r.jargon.map((j) => j.suggestion ? `${j.text} → ${j.suggestion}` : j.text).join('; '))
      : h('p', { class: 'muted small' }, 'Жаргона нет.')))));
}

export async function pmPage(ctx: PageContext): Promise<void> {
  const data = await gql(PmCardsDocument);
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
