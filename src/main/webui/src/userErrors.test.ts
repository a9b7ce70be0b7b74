import { describe, expect, it } from 'vitest';
import { fieldLabel, userErrorText } from './userErrors';

describe('userErrorText', () => {
  it('names the field in Russian, counting rows from one', () => {
    expect(userErrorText({ field: ['input', 'title'], message: 'Required', code: 'REQUIRED' })).toBe('Заголовок: заполните это поле.');
    expect(fieldLabel(['jobs', '0', 'situation'])).toBe('Задачи клиента (JTBD) 1, Ситуация');
    expect(userErrorText({ field: ['input', 'slug'], message: 'taken', code: 'DUPLICATE' })).toBe('Адрес карточки: такое значение уже занято.');
  });

  it('says what went wrong when no field is named', () => {
    expect(userErrorText({ field: [], message: 'x', code: 'INVALID_STATE' })).toBe('Сейчас этот шаг недоступен.');
  });
});
