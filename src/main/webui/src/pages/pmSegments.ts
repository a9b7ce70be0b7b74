// The segments page (PMs and admins): every segment with its criteria as a sentence and how many published cards use
// it, each a link to its editor, and «Новый сегмент».
import { append, h } from '../dom';
import { SegmentListDocument } from '../generated/graphql';
import { gql } from '../gql';
import { cardsCount } from '../labels';
import type { PageContext } from '../router';

export async function pmSegmentsPage(ctx: PageContext): Promise<void> {
  document.title = 'Сегменты — Портал знаний о продукте';
  const loading = h('p', { class: 'muted', role: 'status' }, 'Загружаем сегменты…');
  ctx.main.append(h('h1', null, 'Сегменты'), loading);
  const data = (await gql(SegmentListDocument)).segments;
  loading.remove();
  const segments = data.edges.map((e) => e.node);
  append(ctx.main, [
    h('p', null, 'Сегмент — кому предлагать функцию: размер компании, отрасль, какие продукты есть и каких нет, показатели клиента. ',
      'Если изменить сегмент, карточки, которые его используют, уйдут на перепроверку.'),
    h('p', null, h('a', { class: 'button-link', href: '/pm/segments/new' }, 'Новый сегмент')),
    segments.length
      ? h('ul', { class: 'pm-list segment-list' }, segments.map((s) => h('li', null,
        h('p', null, h('a', { href: `/pm/segment/${encodeURIComponent(s.slug)}` }, s.name), h('span', { class: 'muted small' }, ` · ${cardsCount(s.publishedCardCount)}`)),
        h('p', { class: 'muted small' }, s.criteria.sentence))))
      : h('p', { class: 'muted' }, 'Сегментов пока нет. Создайте первый — его можно будет выбрать в карточке.'),
    data.totalCount > segments.length ? h('p', { class: 'muted small' }, `Показаны первые ${segments.length} из ${data.totalCount}.`) : null]);
}
