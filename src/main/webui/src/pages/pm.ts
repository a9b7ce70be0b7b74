import { append, h } from '../dom';
import { PmCardsDocument, type PmCardsQuery, type PmRowFragment as Row } from '../generated/graphql';
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

/** What readers sent about the PM's cards (and cards without an owner) with «Сообщить о проблеме», newest first. */
function feedbackSection(feedback: PmCardsQuery['feedback']): HTMLElement {
  const items = feedback.edges.map((e) => e.node);
  return h('section', { class: 'block pm-feedback', id: 'feedback' }, h('h2', null, `Вопросы и сообщения о проблемах (${feedback.totalCount})`),
    items.length ? h('ul', { class: 'pm-list' }, items.map((f) => h('li', null,
      h('p', null, h('span', { class: `badge ${f.kind === 'PROBLEM' ? 'recheck' : ''}` }, f.kind === 'PROBLEM' ? 'Проблема' : 'Вопрос'), ' ',
        f.card ? h('a', { href: `/card/${encodeURIComponent(f.card.slug)}` }, f.card.title) : 'Карточка удалена',
        h('span', { class: 'muted small' }, ` · ${f.sentBy} · ${formatDate(f.sentAt)}`)),
      h('p', { class: 'feedback-message' }, f.message))))
      : h('p', { class: 'muted' }, 'Читатели пока ничего не спрашивали о ваших карточках.'));
}

export async function pmPage(ctx: PageContext): Promise<void> {
  const [data, queue] = await Promise.all([gql(PmCardsDocument), reviewQueue(ctx.viewer, ctx.params.get('review'))]);
  const me = ctx.viewer.name;
  const mine = data.drafts.edges.map((e) => e.node).filter((c) => c.owner === me);
  const others = data.drafts.edges.map((e) => e.node).filter((c) => c.owner !== me);
  append(ctx.main, [h('h1', null, 'Для продакта'),
    h('p', null, h('a', { class: 'button-link', href: '/pm/new' }, 'Новая карточка')),
    table('Мои черновики', mine, `Черновиков с владельцем «${me}» нет.`),
    queue.section,
    feedbackSection(data.feedback),
    table('Пора перепроверить', data.toVerify.edges.map((e) => e.node), 'Все ваши опубликованные карточки проверены.'),
    others.length ? table('Черновики других продактов', others, '') : null]);
  queue.showLinked();
}
