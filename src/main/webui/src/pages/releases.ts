import { h } from '../dom';
import { type NoteInFeedFragment as Note, ReleaseFeedDocument, ReleaseNoteDocument, ReleaseNotePublishedDocument } from '../generated/graphql';
import { gql, subscribe } from '../gql';
import { AUDIENCE, formatDate } from '../labels';
import type { PageContext } from '../router';
import { rolloutText } from './card';


function noteItem(n: Note, fresh = false): HTMLElement {
  const rollout = rolloutText(n.rollout);
  return h('li', { class: fresh ? 'note fresh' : 'note', 'data-slug': n.slug },
    h('p', { class: 'meta' }, formatDate(n.publishedOn), ' · ', n.card.product.name, ' · для: ', n.audiences.map((a) => AUDIENCE[a] ?? a).join(', '),
      fresh ? h('span', { class: 'badge new' }, 'новое') : null),
    h('h2', null, n.title),
    h('p', null, n.text),
    rollout ? h('p', { class: 'muted' }, `Раскатка: ${rollout}`) : null,
    h('p', null, 'Карточка: ', h('a', { href: `/card/${encodeURIComponent(n.card.slug)}` }, n.card.title)));
}

export async function releasesPage(ctx: PageContext): Promise<void> {
  const status = h('p', { class: 'live muted', role: 'status' }, 'Подключаемся к обновлениям…');
  const list = h('ul', { class: 'notes-feed' });
  ctx.main.append(h('h1', null, 'Релизы'), status, list);
  const data = await gql(ReleaseFeedDocument);
  for (const { node } of data.releaseNotes.edges) list.append(noteItem(node));
  if (!data.releaseNotes.edges.length) list.append(h('li', { class: 'muted' }, 'Релизов пока нет.'));
  // The subscription announces plain values only; the note itself is read with the viewer's own rights.
  const live = subscribe(ReleaseNotePublishedDocument, async (d) => {
    const note = (await gql(ReleaseNoteDocument, { slug: d.releaseNotePublished.slug }).catch(() => ({ releaseNote: null }))).releaseNote;
    if (!note) return;
    list.querySelector(`[data-slug="${CSS.escape(note.slug)}"]`)?.remove();
    list.prepend(noteItem(note, true));
  }, (isLive, error) => {
    status.textContent = isLive ? 'Новые релизы появятся здесь сами.' : error ? `Обновления недоступны: ${error}` : 'Нет связи, переподключаемся…';
    status.dataset.live = String(isLive);
  });
  ctx.onLeave = () => live.close();
}
