// Russian names of the API's enum values.

export const TYPE: Record<string, string> = { CARD: 'Карточка', SEGMENT: 'Сегмент', GLOSSARY: 'Термин', RELEASE: 'Релиз' };
export const STAGE: Record<string, string> = {
  ACQUISITION: 'Привлечение', REGISTRATION: 'Регистрация', SALES: 'Продажа', ONBOARDING: 'Освоение', PAYMENT: 'Оплата', RETENTION: 'Удержание',
};
export const STATUS: Record<string, string> = { DRAFT: 'Черновик', IN_REVIEW: 'На проверке', PUBLISHED: 'Опубликована', ARCHIVED: 'В архиве' };
export const AUDIENCE: Record<string, string> = { SALES: 'продажи', MARKETING: 'маркетинг', PRODUCT: 'продукт', CLIENTS: 'клиенты' };
export const EVIDENCE: Record<string, string> = { AB_TEST: 'A/B-тест', SURVEY: 'Опрос', INTERVIEW: 'Интервью', PILOT: 'Пилот' };
export const VERDICT: Record<string, string> = {
  SIGNIFICANT: 'Значимый результат',
  NOT_SIGNIFICANT: 'Разница может быть случайной',
  NO_CONTROL_GROUP: 'Без контрольной группы',
  ESTIMATE: 'Оценка по выборке',
  TOO_LITTLE_DATA: 'Слишком мало данных',
};
export const FIT: Record<string, string> = { MATCH: 'подходит', POSSIBLE: 'возможно, уточните данные', RULED_OUT: 'не подходит' };
export const CRITERION: Record<string, string> = { MET: '✓', NOT_MET: '✗', UNKNOWN: '?' };
export const CRITERION_TEXT: Record<string, string> = { MET: 'выполнено', NOT_MET: 'не выполнено', UNKNOWN: 'неизвестно' };
export const VERIFICATION_REASON: Record<string, string> = {
  NEVER_VERIFIED: 'ещё не проверялась', OVERDUE: 'срок проверки прошёл', EVIDENCE_CHANGED: 'изменились исследования', SEGMENTS_CHANGED: 'изменились сегменты',
};
export const FACET: Record<string, string> = { type: 'Тип', product: 'Продукт', segment: 'Сегмент', stage: 'Этап воронки', tag: 'Тег' };

export function formatDate(iso: string): string {
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00` : iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString('ru-RU', { day: 'numeric', month: 'long', year: 'numeric' });
}

/** "3 опубликованные карточки": the Russian plural for a count. */
export function cardsCount(n: number): string {
  const tens = n % 100;
  const ones = n % 10;
  const word = tens >= 11 && tens <= 14 ? 'опубликованных карточек' : ones === 1 ? 'опубликованная карточка'
    : ones >= 2 && ones <= 4 ? 'опубликованные карточки' : 'опубликованных карточек';
  return `${n} ${word}`;
}
