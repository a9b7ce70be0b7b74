// The API's userErrors in Russian: which field, what is wrong. The API's own English sentence (with the limits it
// checked) stays beside it as a detail.

export interface UserError {
  field: string[];
  message: string;
  code: string;
}

const FIELD: Record<string, string> = {
  slug: 'Адрес карточки', title: 'Заголовок', summary: 'Кратко', productSlug: 'Продукт', jobs: 'Задачи клиента (JTBD)',
  situation: 'Ситуация', motivation: 'Мотив', outcome: 'Результат', targetSegmentSlugs: 'Кому предлагать',
  antiSegmentSlugs: 'Кому не предлагать', tags: 'Теги', funnelStages: 'Этапы воронки', talkingPoints: 'Что сказать клиенту',
  objections: 'Возражения', objection: 'Возражение', answer: 'Ответ', body: 'Подробности', glossaryTermSlugs: 'Термины словаря',
  rollout: 'Раскатка', startDate: 'Начало раскатки', sharePercent: 'Доля клиентов', clientCanOptOut: 'Можно ли отключить',
  owner: 'Владелец', verifyEveryDays: 'Интервал проверки', version: 'Версия', comment: 'Комментарий', revision: 'Версия из истории',
  text: 'Текст', audiences: 'Для кого', publishedOn: 'Дата публикации', cardSlug: 'Карточка', id: 'Карточка',
  // Evidence
  kind: 'Вид исследования', conclusion: 'Что это значит', conductedOn: 'Когда проводили', abTest: 'Цифры A/B-теста',
  controlUsers: 'Пользователей без функции', controlConversions: 'Конверсий без функции', variantUsers: 'Пользователей с функцией',
  variantConversions: 'Конверсий с функцией', survey: 'Ответы', respondents: 'Ответили', satisfied: 'Довольны', pilot: 'Пилот',
  metric: 'Показатель', before: 'До', after: 'После', participants: 'Участников',
  // Segments
  name: 'Название', description: 'Описание', criteria: 'Признаки', sizeMin: 'Сотрудников от', sizeMax: 'Сотрудников до',
  industries: 'Отрасли', productsOwned: 'Есть продукты', productsNotOwned: 'Нет продуктов', metricConditions: 'Условия по показателям',
  operator: 'Сравнение', threshold: 'Значение',
};

const CODE: Record<string, string> = {
  REQUIRED: 'заполните это поле',
  TOO_LONG: 'слишком длинно',
  INVALID: 'значение не подходит',
  DUPLICATE: 'такое значение уже занято',
  NOT_FOUND: 'такого нет',
  INVALID_STATE: 'сейчас этот шаг недоступен',
  IN_USE: 'используется в других объектах',
  STALE_VERSION: 'карточку успели изменить',
};

/** The field path without the leading "input", e.g. ["jobs", "0", "situation"]. */
export function fieldPath(error: UserError): string[] {
  return error.field[0] === 'input' ? error.field.slice(1) : error.field;
}

/** "Задачи клиента (JTBD) 1, Ситуация". */
export function fieldLabel(path: string[]): string {
  return path.map((p) => (/^\d+$/.test(p) ? String(Number(p) + 1) : FIELD[p] ?? p)).join(', ').replace(/, (\d+)/g, ' $1');
}

export function userErrorText(error: UserError): string {
  const path = fieldPath(error);
  const what = CODE[error.code] ?? 'ошибка';
  return path.length ? `${fieldLabel(path)}: ${what}.` : `${what[0].toUpperCase()}${what.slice(1)}.`;
}
