// Trust at a glance on the card page: when it was verified, who answers for it and when it is checked next, a badge
// when it is due, and «Сообщить о проблеме / спросить владельца», which reaches the owner's PM page.
import { h, uid } from '../dom';
import { type CardPageQuery, SendCardFeedbackDocument } from '../generated/graphql';
import { gql } from '../gql';
import { formatDate, VERIFICATION_REASON } from '../labels';
import { userErrorText } from '../userErrors';

type Card = NonNullable<CardPageQuery['featureCard']>;

/** The line under the card's title: verified when, owner, next check; and the badge when it needs re-checking. */
export function trustLine(card: Card): HTMLElement {
  const v = card.verification;
  return h('p', { class: 'trust small', 'data-needed': String(v.needed) },
    v.needed ? h('span', { class: 'badge recheck', title: v.reasons.map((r) => VERIFICATION_REASON[r] ?? r).join(', ') },
      'Нужна перепроверка') : h('span', { class: 'badge verified' }, 'Актуальна'),
    ' ',
    h('span', null, v.lastVerifiedAt ? `Проверена ${formatDate(v.lastVerifiedAt)}` : 'Ещё не проверялась'),
    ' · ', h('span', null, `Владелец: ${card.owner ?? 'не назначен'}`),
    ' · ', h('span', null, v.dueAt ? `Следующая проверка: ${formatDate(v.dueAt)}` : 'Срок проверки не назначен'),
    v.needed && v.reasons.length ? h('span', { class: 'muted' }, ` (${v.reasons.map((r) => VERIFICATION_REASON[r] ?? r).join(', ')})`) : null);
}

/** The button and, once pressed, the form that sends a problem or a question to the card's owner. */
export function feedbackBox(card: Card): HTMLElement {
  const id = uid('feedback');
  const box = h('section', { class: 'block feedback', 'aria-label': 'Сообщить о проблеме или спросить владельца' });
  const open = h('button', { type: 'button', class: 'secondary', 'aria-expanded': 'false', 'aria-controls': id }, 'Сообщить о проблеме / спросить владельца');
  const message = h('textarea', { id: `${id}-message`, name: 'message', rows: 4, maxlength: 2000, required: true });
  const status = h('p', { role: 'status', class: 'small' });
  const send = h('button', { type: 'submit' }, 'Отправить');
  const form = h('form', { id, class: 'card-box', hidden: true },
    h('fieldset', null, h('legend', null, 'Что случилось'),
      h('label', { class: 'choice' }, h('input', { type: 'radio', name: 'kind', value: 'PROBLEM', checked: true }), ' В карточке ошибка или она устарела'),
      h('label', { class: 'choice' }, h('input', { type: 'radio', name: 'kind', value: 'QUESTION' }), ' Вопрос владельцу')),
    h('label', { for: `${id}-message` }, `Сообщение${card.owner ? ` для ${card.owner}` : ''}`), message,
    h('p', null, send), status);
  open.addEventListener('click', () => {
    form.hidden = !form.hidden;
    open.setAttribute('aria-expanded', String(!form.hidden));
    if (!form.hidden) message.focus();
  });
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const kind = (form.querySelector('input[name=kind]:checked') as HTMLInputElement).value as 'PROBLEM' | 'QUESTION';
    send.disabled = true;
    status.className = 'small';
    status.textContent = 'Отправляем…';
    try {
      const result = (await gql(SendCardFeedbackDocument, { input: { cardSlug: card.slug, kind, message: message.value } })).sendCardFeedback;
      if (result.userErrors.length) {
        status.className = 'small error';
        status.textContent = result.userErrors.map((u) => userErrorText(u)).join(' ');
        return;
      }
      message.value = '';
      status.textContent = card.owner
        ? `Отправлено. ${card.owner} увидит сообщение на своей странице продакта.`
        : 'Отправлено. У карточки нет владельца: сообщение увидят все продакты.';
    } catch (err) {
      status.className = 'small error';
      status.textContent = `Не отправилось: ${err instanceof Error ? err.message : String(err)}. Текст остался в поле — повторите.`;
    } finally {
      send.disabled = false;
    }
  });
  box.append(open, form);
  return box;
}
