// Issue 17 for sales reps: the pitch page on a live call (fits apart from may-fit with questions, the plan copied as
// text, saved clients each user's own), account lists (5,000 rows in batches with progress, bad rows, CSV download)
// and the copy buttons on the card page. Screenshots at desktop width and at 375 px.
import { readFileSync } from 'node:fs';

const CARD = 'call-tracking-employers';

export default async function pitchAccounts({ page, context, base, metrics, step, check, shot, signIn, devToken, api, atPhoneWidth }) {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
  /** Presses a copy button, waits until it says it copied, and returns what the clipboard holds. */
  const copied = async (name) => {
    const button = page.getByRole('button', { name, exact: true });
    await button.click();
    await button.and(page.locator('[data-copied]')).waitFor();
    return clipboard();
  };

  await step('pitch: a field per metric, fits apart from may-fit with the questions, reasons in Russian, plan copied', async () => {
    await signIn(page, 'sales');
    const form = await api(await devToken('sales'), '{ pitchForm { metrics { key question } } }');
    await page.goto(`${base}/pitch`);
    await page.locator('#p-size').waitFor();
    for (const m of form.pitchForm.metrics) {
      check(await page.locator(`#p-m-${m.key}`).count() === 1, `a form field for the metric ${m.key}`);
    }
    await page.locator('#p-size').fill('120');
    await page.locator('#p-industry').selectOption('retail');
    await page.locator('input[name=owns][value=vacancies]').check();
    await page.getByRole('button', { name: 'Подобрать' }).click();
    await page.locator('article.match').first().waitFor();
    check(await page.getByRole('heading', { name: 'Подходит', exact: true }).count() === 1, 'a "fits" section');
    check(await page.getByRole('heading', { name: 'Может подойти — спросите клиента' }).count() === 1, 'a "may fit — ask" section');
    const questions = await page.locator('article.verdict-ask_client .questions li').allInnerTexts();
    check(questions.length > 0, 'may-fit cards say what to ask');
    const asked = new Set(form.pitchForm.metrics.map((m) => m.question));
    check(questions.some((q) => asked.has(q)), `a question about a metric comes from the form's own metrics: ${questions}`);
    const results = await page.locator('.pitch-results').innerText();
    check(!/[Ff]it is|quarter|anti-segment/.test(results), 'no English about how fit is computed on the page');
    for (const reason of await page.locator('article.match .reason').allInnerTexts()) {
      check(reason.length > 0 && !/[A-Za-z]/.test(reason), `a one-line Russian reason: ${reason}`);
    }
    check(await page.locator('article.match').first().locator('.points li').count() <= 3, 'at most three talking points per card');
    check(await page.locator('article.match .objection').count() > 0, 'the top objection with its answer inline');
    const plan = await copied('Скопировать план разговора');
    check(plan.startsWith('План разговора с клиентом: 120 сотрудников; розница; есть: Вакансии'), `the plan names the client: ${plan.slice(0, 120)}`);
    check(plan.includes('МОЖЕТ ПОДОЙТИ — СПРОСИТЕ КЛИЕНТА') && plan.includes(questions[0]), 'the plan keeps the questions to ask');
    check(!/<[a-z]/.test(plan), 'the plan is plain text');
    await shot(page, 'pitch-call');
    await atPhoneWidth(page, 'pitch-call');
  });

  await step('pitch: a client profile saved under a name reopens, and only its owner sees it', async () => {
    const name = 'ООО «Ромашка» e2e';
    await page.locator('#p-client').fill(name);
    await page.getByRole('button', { name: 'Сохранить клиента' }).click();
    await page.getByText(`Сохранено как «${name}».`).waitFor();
    await page.goto(`${base}/pitch`);
    await page.getByRole('link', { name }).click();
    await page.locator('article.match').first().waitFor();
    check(await page.locator('#p-size').inputValue() === '120', 'the reopened profile fills the form');
    check(await page.locator('#p-industry').inputValue() === 'retail', 'the reopened profile keeps the industry');
    check(await page.locator('#p-client').inputValue() === name, 'the reopened profile keeps its name for the next save');
    await shot(page, 'pitch-saved');
    await signIn(page, 'marketing');
    await page.goto(`${base}/pitch`);
    await page.getByText('Сохранённых клиентов пока нет').waitFor();
    check(await page.getByRole('link', { name }).count() === 0, "another user does not see the sales rep's saved client");
    await signIn(page, 'sales');
    await page.goto(`${base}/pitch`);
    await page.getByRole('button', { name: `Удалить «${name}»` }).click();
    await page.getByText(`«${name}» удалён.`).waitFor();
    check(await page.getByRole('link', { name }).count() === 0, 'a deleted client is gone from the list');
  });

  await step('account lists: 5,000 rows in batches with progress, bad rows by row and column, result as CSV', async () => {
    const industries = ['retail', 'horeca', 'logistics', 'it', 'finance', ''];
    const lines = ['account,employees,industry,products_owned,missed_call_share,open_vacancies,monthly_responses'];
    for (let i = 1; i <= 5000; i++) {
      lines.push(`"Клиент ${i}, филиал",${(i * 37) % 2000},${industries[i % 6]},${i % 3 ? 'vacancies' : 'none'},${i % 50},${i % 40},${(i * 7) % 600}`);
    }
    lines[100] = 'ООО Ошибка,много,retail,vacancies,10,5,100'; // row 101: employees is not a number
    lines[4001] = 'ООО Нет продукта,50,retail,no-such-product,,,'; // row 4002: unknown product
    await page.goto(`${base}/accounts`);
    await page.locator('#a-file').setInputFiles({ name: 'clients.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n'), 'utf8') });
    await page.waitForFunction(() => document.querySelector('#a-csv').value.length > 100000);
    await page.evaluate(() => {
      window.__longest = 0;
      new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration); })
        .observe({ type: 'longtask', buffered: false });
    });
    const started = Date.now();
    await page.getByRole('button', { name: 'Проверить список' }).click();
    // Progress shows while the batches run.
    await page.waitForFunction(() => { const p = document.querySelector('progress'); return p && p.value > 0 && p.value < p.max; });
    await page.getByText(/^Проверено 5000 из 5000/).waitFor({ timeout: 180000 });
    metrics.accountList5000Ms = Date.now() - started;
    metrics.accountList5000LongestTaskMs = Math.round(await page.evaluate(() => window.__longest));
    console.log(`     5,000 accounts: ${metrics.accountList5000Ms} ms in batches; longest main-thread task ${metrics.accountList5000LongestTaskMs} ms`);
    const problems = await page.locator('.problems li').allInnerTexts();
    check(problems.some((p) => p.startsWith('Строка 101, столбец employees')), `row 101's employees reported: ${problems}`);
    check(problems.some((p) => p.startsWith('Строка 4002, столбец products_owned')), `row 4002's product reported: ${problems}`);
    check(await page.locator('.accounts-table tbody tr').count() === 4998, 'every good row has its result');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Скачать результат (CSV)' }).click()]);
    const csv = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    check(csv[0] === 'row,account,fits,may_fit_ask_client,segments', `the CSV header: ${csv[0]}`);
    check(csv.length === 4999 && csv[1].startsWith('2,"Клиент 1, филиал",'), `one line per account: ${csv.length - 1}, ${csv[1]}`);
    await page.locator('.accounts-table').evaluate((t) => { for (const row of [...t.querySelectorAll('tbody tr')].slice(20)) row.remove(); });
    await shot(page, 'accounts');
    await atPhoneWidth(page, 'accounts');
  });

  await step('card page: copy buttons for talking points, objection answers and the link', async () => {
    await page.goto(`${base}/card/${CARD}`);
    check(await copied('Скопировать ссылку на карточку') === `${base}/card/${CARD}`, 'the card link is copied');
    const point = (await page.locator('.talking-points li').first().innerText()).replace(/\s*копировать\s*(Скопировано)?$/, '');
    check(await copied('Скопировать тезис 1') === point, `the first talking point is copied: ${point}`);
    const answer = (await page.locator('.objections dd').first().innerText()).replace(/\s*копировать ответ\s*(Скопировано)?$/, '');
    check(await copied('Скопировать ответ на возражение 1') === answer, `the first objection's answer is copied: ${answer}`);
    const all = await copied('Скопировать все тезисы');
    check(all.split('\n').length === await page.locator('.talking-points li').count() && all.startsWith(`- ${point}`), 'all talking points, one per line');
    await shot(page, 'card-copy');
    await atPhoneWidth(page, 'card-copy');
  });
}
