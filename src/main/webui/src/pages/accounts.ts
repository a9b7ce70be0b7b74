import { clear, h } from '../dom';
import { QualifyAccountsDocument } from '../generated/graphql';
import { gql, GraphQLError } from '../gql';
import type { PageContext } from '../router';

const EXAMPLE = 'account,employees,industry,products_owned,missed_call_share,open_vacancies,monthly_responses\n'
  + '"ООО ""Ромашка""",800,retail,vacancies,35,45,400\nИП Иванов,6,horeca,none,,1,\n';

interface Problem { row: number; column: string | null; message: string }

export async function accountsPage(ctx: PageContext): Promise<void> {
  // Papa Parse loads with this page only, so the first load of the app stays as small as it was.
  const { MAX_ACCOUNTS, resultCsv, splitAccountList, uploadRow } = await import('../accountList');
  type AccountResult = import('../accountList').AccountResult;

  const text = h('textarea', { id: 'a-csv', rows: 8, spellcheck: false, placeholder: EXAMPLE, 'aria-describedby': 'a-help' });
  const file = h('input', { id: 'a-file', type: 'file', accept: '.csv,text/csv' });
  const start = h('button', { type: 'submit' }, 'Проверить список');
  const form = h('form', { class: 'accounts-form card-box' },
    h('p', { id: 'a-help', class: 'muted small' }, 'CSV с заголовком. Столбцы: account (обязательно — название клиента), employees, industry ',
      '(retail, horeca, it, …), products_owned (продукты через «;» или none), и по столбцу на показатель: missed_call_share, ',
      'open_vacancies, days_since_signup, monthly_responses, response_rate, paid_services_count. Пустая ячейка — «не знаю». ',
      `Не больше ${MAX_ACCOUNTS} клиентов.`),
    h('div', { class: 'field' }, h('label', { for: 'a-file' }, 'Файл CSV'), file),
    h('label', { for: 'a-csv' }, 'или вставьте список'), text,
    h('p', null, start));
  const progress = h('progress', { class: 'progress', max: 1, value: 0, 'aria-label': 'Проверено клиентов' });
  const status = h('p', { role: 'status', 'aria-live': 'polite' });
  const problemsBox = h('section', { class: 'problems-box' });
  const body = h('tbody');
  const table = h('div', { class: 'table-wrap' }, h('table', { class: 'accounts-table' },
    h('thead', null, h('tr', null, h('th', null, 'Строка'), h('th', null, 'Клиент'), h('th', null, 'Подходит'),
      h('th', null, 'Может подойти — спросите'), h('th', null, 'Сегменты'))), body));
  const download = h('p', { class: 'actions' });
  const results = h('section', { class: 'accounts-results', hidden: true }, h('h2', null, 'Результат'), progress, status, download, problemsBox, table);
  ctx.main.append(h('h1', null, 'Списки клиентов'), form, results);

  file.addEventListener('change', () => void file.files?.[0]?.text().then((content) => { text.value = content; }));

  let running = false;
  const run = async () => {
    const split = splitAccountList(text.value);
    results.hidden = false;
    clear(body); clear(problemsBox); clear(download);
    if (!split.accounts) {
      status.textContent = 'В списке нет ни одного клиента: нужна строка заголовка и хотя бы одна строка с клиентом.';
      return;
    }
    if (split.accounts > MAX_ACCOUNTS) {
      status.textContent = `В списке ${split.accounts} клиентов, а можно не больше ${MAX_ACCOUNTS}: разделите его на части.`;
      return;
    }
    const found: AccountResult[] = [];
    const problems: Problem[] = [];
    progress.max = split.accounts;
    progress.value = 0;
    let done = 0;
    for (const batch of split.batches) {
      status.textContent = `Проверено ${done} из ${split.accounts}…`;
      const answer = (await gql(QualifyAccountsDocument, { input: { format: 'CSV', data: batch.csv } })).qualifyAccounts;
      for (const p of answer.problems) problems.push({ ...p, row: uploadRow(batch, p.row) });
      const rows = answer.accounts.map((a): AccountResult => ({
        row: uploadRow(batch, a.row), account: a.account,
        fits: a.matches.filter((m) => m.verdict === 'FITS').map((m) => m.card.title),
        mayFit: a.matches.filter((m) => m.verdict === 'ASK_CLIENT').map((m) => m.card.title),
        segments: [...new Set(a.matches.map((m) => m.bestSegment.segment.name))],
      }));
      found.push(...rows);
      body.append(...rows.map((r) => h('tr', null, h('td', null, r.row), h('td', null, r.account),
        h('td', null, r.fits.join('; ') || '—'), h('td', null, r.mayFit.join('; ') || '—'), h('td', null, r.segments.join('; ') || '—'))));
      done += batch.rows.length;
      progress.value = done;
      // Let the browser paint the new rows and the progress before the next request.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    status.textContent = `Проверено ${split.accounts} из ${split.accounts}: подходит хотя бы одно предложение — ${found.filter((r) => r.fits.length).length}, `
      + `стоит уточнить — ${found.filter((r) => !r.fits.length && r.mayFit.length).length}, с ошибками — ${new Set(problems.map((p) => p.row)).size}.`;
    if (problems.length) {
      problems.sort((a, b) => a.row - b.row);
      problemsBox.append(h('h3', null, 'Строки с ошибками'), h('ul', { class: 'problems' }, problems.map((p) =>
        h('li', null, `Строка ${p.row}${p.column ? `, столбец ${p.column}` : ''}: ${p.message}`))));
    }
    const link = h('a', { href: URL.createObjectURL(new Blob([`\uFEFF${resultCsv(found)}`], { type: 'text/csv;charset=utf-8' })), download: 'clients-pitch.csv', class: 'button' },
      'Скачать результат (CSV)');
    download.append(link);
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (running) return;
    running = true;
    start.disabled = true;
    void run().catch((err) => {
      const retry = h('button', { type: 'button' }, 'Повторить');
      retry.addEventListener('click', () => form.requestSubmit());
      status.textContent = '';
      status.append(err instanceof GraphQLError ? `Список не принят: ${err.message} ` : 'Сервис недоступен, повторите. ', retry);
    }).finally(() => { running = false; start.disabled = false; });
  });
}
