// On the card page, for PMs: a published card's pending edit — who made it, when, what it changes (the same diff as
// the review queue), that sales still read the published text, and links to it in the queue and the editor.
import { h } from '../dom';
import type { PendingOnCardFragment as Pending } from '../generated/graphql';
import { editDiff } from './reviewDiff';
import { whenText } from './reviewQueue';

export function pendingNote(slug: string, pending: Pending): HTMLElement {
  const path = encodeURIComponent(slug);
  const asked = pending.changesRequested;
  return h('section', { class: 'pending-note', id: 'pending-edit', 'aria-labelledby': 'pending-edit-h' },
    h('h2', { id: 'pending-edit-h' }, asked ? 'Правка возвращена на доработку' : 'Есть правка на проверке'),
    h('p', null, `Правку внес(ла) ${pending.authors.join(', ')}, последнее сохранение ${whenText(pending.updatedAt)}. `,
      `Меняет: ${pending.changes.map((c) => c.label).join(', ')}. `,
      h('strong', null, 'Продажи и маркетинг видят опубликованный текст ниже, пока другой продакт не одобрит правку.')),
    asked ? h('p', { class: 'warnings' }, `${asked.by} вернул(а) её ${whenText(asked.at)}: «${asked.comment}». Исправьте и сохраните — правка снова попадёт в очередь.`) : null,
    h('p', null, asked ? null : h('a', { href: `/pm?review=${path}` }, 'Открыть правку в очереди на проверку'), asked ? null : ' · ',
      h('a', { href: `/pm/edit/${path}` }, 'Открыть правку в редакторе')),
    h('details', null, h('summary', null, 'Что меняет правка'), editDiff(pending.changes)));
}
