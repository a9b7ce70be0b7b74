// The editor on a published card: saving makes an edit that waits for a second PM while sales keep reading the
// published text, so the form holds that pending edit (when there is one) and a banner says so plainly.
import type { StoredCard } from '../cardDraft';
import { h } from '../dom';
import type { EditableCardFragment as Card } from '../generated/graphql';
import { whenText } from './reviewQueue';

/** What the form edits: the pending edit's content when the card has one, else the card as stored. */
export function editedContent(card: Card): StoredCard {
  const p = card.pendingRevision;
  return p ? { ...p, verification: { everyDays: p.verifyEveryDays } } : card;
}

/** The banner above a published card's form; null for a draft, a card in review or an archived card. */
export function publishedBanner(card: Card): HTMLElement | null {
  if (card.status !== 'PUBLISHED') return null;
  const p = card.pendingRevision;
  const path = encodeURIComponent(card.slug);
  return h('div', { class: 'pending-note', role: 'note', 'aria-label': 'Правка опубликованной карточки' },
    h('p', null, h('strong', null, 'Карточка опубликована. Сохранение создаст правку на проверку: '),
      'продажи и маркетинг видят опубликованный текст, пока другой продакт не одобрит правку.'),
    p ? h('p', null, `В форме — правка, которая ждёт проверки (${p.authors.join(', ')}, сохранена ${whenText(p.updatedAt)}), а не опубликованный текст. `,
      h('a', { href: `/pm?review=${path}` }, 'Правка в очереди'), ' · ', h('a', { href: `/card/${path}#pending-edit` }, 'Что она меняет')) : null,
    p?.changesRequested ? h('p', { class: 'warnings' }, `${p.changesRequested.by} вернул(а) правку ${whenText(p.changesRequested.at)}: «${p.changesRequested.comment}».`) : null);
}
