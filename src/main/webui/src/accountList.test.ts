import { describe, expect, it } from 'vitest';
import { resultCsv, splitAccountList, uploadRow } from './accountList';

describe('splitAccountList', () => {
  it('splits into batches that each carry the header, keeping the upload row numbers past blank lines and quoted line breaks', () => {
    const text = '\uFEFFaccount,employees\n"ООО ""Ромашка"", филиал",800\n\n"Две\nстроки",5\nИП Иванов,\nЗАО Три,3\n';
    const list = splitAccountList(text, 2);
    expect(list.header).toEqual(['account', 'employees']);
    expect(list.accounts).toBe(4);
    expect(list.batches).toHaveLength(2);
    expect(list.batches[0].csv).toBe('account,employees\r\n"ООО ""Ромашка"", филиал",800\r\n"Две\nстроки",5');
    expect(list.batches[0].rows).toEqual([2, 4]);
    expect(list.batches[1].rows).toEqual([5, 6]);
    expect(uploadRow(list.batches[1], 3)).toBe(6);
  });
});

describe('resultCsv', () => {
  it('writes one quoted line per account', () => {
    expect(resultCsv([{ row: 2, account: 'ООО "Ромашка"', fits: ['А', 'Б'], mayFit: [], segments: ['С'] }]))
      .toBe('row,account,fits,may_fit_ask_client,segments\r\n2,"ООО ""Ромашка""",А; Б,,С');
  });
});
