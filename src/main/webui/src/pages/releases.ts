import { h } from '../dom';
import { gql, subscribe } from '../gql';
import { AUDIENCE, formatDate } from '../labels';
import type { PageContext } from '../main';
import { rolloutText } from './card';

const NOTE_FIELDS = 'slug title text publishedOn audiences rollout { startDate sharePercent clientCanOptOut } card { slug title product { name } }';
const FEED = `{ releaseNotes(first: 30) { totalCount edges { node { ${NOTE_FIELDS} } } } }`;
// The subscription announces plain values only; the note itself is read with the viewer's own rights.
const LIVE = `subscription { releaseNotePublished { slug } }`;
const NOTE = `query Note($slug: String) { releaseNote(slug: $slug) { ${NOTE_FIELDS} } }`;

interface Note {
  slug: string; title: string; text: string; publishedOn: string; audiences: string[];
  rollout: { startDate: string | null; sharePercent: number | null; clientCanOptOut: boolean | null } | null;
  card: { slug: string; title: string; product: { name: string } };
}

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
  const data = await gql<{ releaseNotes: { edges: { node: Note }[] } }>(FEED);
  for (const { node } of data.releaseNotes.edges) list.append(noteItem(node));
  if (!data.releaseNotes.edges.length) list.append(h('li', { class: 'muted' }, 'Релизов пока нет.'));
  const live = subscribe<{ releaseNotePublished: { slug: string } }>(LIVE, async (d) => {
    const note = (await gql<{ releaseNote: Note | null }>(NOTE, { slug: d.releaseNotePublished.slug }).catch(() => ({ releaseNote: null }))).releaseNote;
    if (!note) return;
    list.querySelector(`[data-slug="${CSS.escape(note.slug)}"]`)?.remove();
    list.prepend(noteItem(note, true));
  }, (isLive, error) => {
    status.textContent = isLive ? 'Новые релизы появятся здесь сами.' : error ? `Обновления недоступны: ${error}` : 'Нет связи, переподключаемся…';
    status.dataset.live = String(isLive);
  });
  ctx.onLeave = () => live.close();
}
