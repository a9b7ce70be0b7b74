import { append, h } from '../dom';
import { PmCardsDocument, type PmRowFragment as Row } from '../generated/graphql';
import { gql } from '../gql';
import { formatDate, STATUS } from '../labels';
import type { PageContext } from '../router';
import { reviewQueue } from './reviewQueue';

function table(caption: string, rows: Row[], empty: string): HTMLElement {
  if (!rows.length) return h('section', { class: 'block' }, h('h2', null, caption), h('p', { class: 'muted' }, empty));
  return h('section', { class: 'block' }, h('h2', null, caption), h('ul', { class: 'pm-list' }, rows.map((r) => h('li', null,
    h('p', null, h('a', { href: `/card/${encodeURIComponent(r.slug)}` }, r.title), h('span', { class: 'badge status' }, STATUS[r.status] ?? r.status),
      h('span', { class: 'muted small' }, ` · ${r.owner ?? 'без владельца'} · ${formatDate(r.updatedAt)}`)),
    r.jargon.length ? h('p', { class: 'jargon-inline' }, `Жаргон: `, r.jargon.map((j) => j.suggestion ? `${j.text} → ${j.suggestion}` : j.text).join('; '))
      : h('p', { class: 'muted small' }, 'Жаргона нет.')))));
}

export async function pmPage(ctx: PageContext): Promise<void> {
  const [data, queue] = await Promise.all([gql(PmCardsDocument), reviewQueue(ctx.viewer, ctx.params.get('review'))]);
  const me = ctx.viewer.name;
  const mine = data.drafts.edges.map((e) => e.node).filter((c) => c.owner === me);
  const others = data.drafts.edges.map((e) => e.node).filter((c) => c.owner !== me);
  append(ctx.main, [h('h1', null, 'Для продакта'),
    h('p', null, h('a', { class: 'button-link', href: '/pm/new' }, 'Новая карточка')),
    table('Мои черновики', mine, `Черновиков с владельцем «${me}» нет.`),
    queue,
    table('Пора перепроверить', data.toVerify.edges.map((e) => e.node), 'Все ваши опубликованные карточки проверены.'),
    others.length ? table('Черновики других продактов', others, '') : null]);
}
