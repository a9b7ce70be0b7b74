// Issue 17 for readers: search as you type (debounced, earlier requests cancelled, cards first, why each hit matched,
// paging past 20, Escape keeps the query, a skip link to the results), segments for marketers (page, copy, JSON/CSV
// export, CRM filter), honest states (service unavailable with a retry, placeholders, the app's own "not found", an
// expired sign-in that comes back to the same page) and trust at a glance (verified, owner, next check, a badge,
// «Сообщить о проблеме» reaching the owner's PM page). Screenshots at desktop width and at 375 px.
import { readFileSync } from 'node:fs';

const CARD = 'call-tracking-employers';
const CARD_OWNER = 'anna.petrova';
const SEGMENT = 'missing-calls-no-tracking';

export default async function reader({ page, context, base, metrics, step, check, shot, signIn, devToken, api, atPhoneWidth }) {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  const searchRequests = () => {
    const seen = { started: 0, cancelled: 0, finished: 0 };
    const isSearch = (request) => request.url().endsWith('/graphql') && (request.postData() ?? '').includes('query SearchPage');
    page.on('request', (r) => { if (isSearch(r)) seen.started += 1; });
    page.on('requestfailed', (r) => { if (isSearch(r)) seen.cancelled += 1; });
    page.on('requestfinished', (r) => { if (isSearch(r)) seen.finished += 1; });
    return seen;
  };

  await step('search as you type: results follow the typing, earlier requests cancelled, cards first, why each matched', async () => {
    await signIn(page, 'sales');
    await page.goto(`${base}/search`);
    const box = page.getByRole('combobox');
    await box.waitFor();
    const seen = searchRequests();
    // Typed like a person (a key every 60 ms, under the 250 ms pause): no Enter is pressed.
    await box.pressSequentially('пропущенные звонки', { delay: 60 });
    await page.waitForURL(/q=%D0%BF%D1%80%D0%BE%D0%BF%D1%83%D1%89%D0%B5%D0%BD%D0%BD%D1%8B%D0%B5/);
    await page.locator('.results[aria-busy=false] article.hit:not(.skeleton)').first().waitFor();
    check(await box.inputValue() === 'пропущенные звонки', 'the box keeps what was typed');
    const types = await page.locator('article.hit').evaluateAll((hits) => hits.map((h) => h.dataset.type));
    check(types[0] === 'CARD', `a card comes first: ${types}`);
    const firstOther = types.findIndex((t) => t !== 'CARD');
    check(firstOther === -1 || !types.slice(firstOther).includes('CARD'), `cards before the other kinds: ${types}`);
    const reasons = await page.locator('article.hit .why').allInnerTexts();
    check(reasons.length === types.length && reasons.every((r) => r.startsWith('Совпало')), `each hit says why it matched: ${reasons.slice(0, 3)}`);
    metrics.searchAsYouType = { ...seen };
    console.log(`     search as you type: ${seen.started} search requests for 18 keystrokes, ${seen.cancelled} cancelled, ${seen.finished} finished`);
    check(seen.started < 18, `the typing is debounced: ${seen.started} requests for 18 keystrokes`);
    // Typing on while a search is under way cancels it: its answer would show results for an older query.
    await page.route('**/graphql', async (route) => {
      if ((route.request().postData() ?? '').includes('query SearchPage')) await new Promise((r) => setTimeout(r, 700));
      await route.continue().catch(() => {});
    });
    const before = seen.cancelled;
    await box.pressSequentially(' к', { delay: 30 });
    await page.waitForTimeout(400); // the search for «… к» has started and waits on the slow network
    await box.pressSequentially('лиенту', { delay: 30 });
    await page.waitForURL(/%D0%BA%D0%BB%D0%B8%D0%B5%D0%BD%D1%82%D1%83/);
    await page.locator('.results[aria-busy=false]').waitFor();
    await page.unroute('**/graphql');
    check(seen.cancelled > before, `a search overtaken by typing is cancelled (${seen.cancelled - before} cancelled)`);
    metrics.searchAsYouTypeOvertaken = { cancelled: seen.cancelled - before };
    console.log(`     a search overtaken by typing on a slow network (700 ms): ${seen.cancelled - before} cancelled`);
    await shot(page, 'search-typing');
    await atPhoneWidth(page, 'search-typing');
  });

  await step('search: a match in a tag shows the summary, Escape keeps the query, a skip link reaches the results', async () => {
    // Tags of sample cards; at least one of them matches some card in its tags alone.
    let tagOnly = 0;
    for (const tag of ['репутация', 'рекрутеры', 'бонусы', 'архив', 'филиалы']) {
      await page.goto(`${base}/search?q=${encodeURIComponent(tag)}`);
      await page.locator('.results[aria-busy=false] article.hit:not(.skeleton), .results[aria-busy=false] .empty').first().waitFor();
      const hits = page.locator('article.hit', { has: page.locator('.why', { hasText: /^Совпало в тегах и терминах: / }) });
      for (const hit of await hits.all()) {
        tagOnly += 1;
        check((await hit.locator('.why .keyword mark').count()) > 0, 'the matched tag is shown');
        check((await hit.locator('.fragment').innerText()).length > 20, 'a hit matched only in its tags shows its summary');
      }
      if (tagOnly) break;
    }
    check(tagOnly > 0, 'a hit matched only in its tags');
    const box = page.getByRole('combobox');
    await box.fill('');
    await box.pressSequentially('колл', { delay: 40 });
    await page.getByRole('listbox').getByRole('option').first().waitFor();
    await box.press('Escape');
    await page.getByRole('listbox').waitFor({ state: 'hidden' });
    check(await box.inputValue() === 'колл', `Escape closes the suggestions and keeps the query: «${await box.inputValue()}»`);
    const skip = page.locator('a.skip[href="#results"]');
    await skip.focus();
    check(await skip.isVisible(), 'the skip link shows when focused');
    await page.keyboard.press('Enter');
    check(await page.evaluate(() => document.activeElement?.id) === 'results', 'the skip link moves focus to the results, past the filters');
  });

  await step('search: more than 20 results are paged', async () => {
    const token = await devToken('sales');
    let query = null;
    for (const q of ['вакансии', 'работодатель', 'звонки', 'отклики', 'кандидаты']) {
      const data = await api(token, 'query($q: String!) { search(query: $q, first: 1) { totalCount } }', { q });
      if (data.search.totalCount > 20) { query = q; break; }
    }
    check(query, 'a sample query with more than 20 results');
    await page.goto(`${base}/search?q=${encodeURIComponent(query)}`);
    await page.locator('.results[aria-busy=false] article.hit:not(.skeleton)').first().waitFor();
    check(await page.locator('article.hit').count() === 20, 'the first page holds 20 results');
    await page.getByRole('button', { name: /Показать ещё/ }).click();
    await page.waitForFunction(() => document.querySelectorAll('article.hit').length > 20);
    const keys = await page.locator('article.hit').evaluateAll((hits) => hits.map((h) => h.dataset.key));
    check(new Set(keys).size === keys.length, `the next page adds new results, no repeats: ${keys}`);
    await shot(page, 'search-more');
  });

  await step('segments: a search hit opens the segment page; sentence, criteria, cards either side, products, CRM filter', async () => {
    await signIn(page, 'marketing');
    await page.goto(`${base}/search?q=${encodeURIComponent('теряют звонки')}&type=SEGMENT`);
    await page.locator('.results[aria-busy=false] article.hit:not(.skeleton)').first().waitFor();
    await page.locator('article.hit h2 a').first().click();
    await page.waitForURL(/\/segment\//);
    await page.goto(`${base}/segment/${SEGMENT}`);
    await page.locator('.segment-page h1').waitFor();
    check((await page.locator('.sentence').innerText()).startsWith('Компании'), 'the criteria sentence');
    check(await page.locator('.criteria dt').count() >= 3, 'the criteria one by one');
    check(await page.locator('.segment-cards a[href="/card/call-tracking-employers"]').count() === 1, 'the card that targets it');
    check(await page.locator('.crm-filter tbody tr').count() === 4, 'one CRM filter row per criterion');
    check((await page.locator('.crm-filter').innerText()).includes('metric.missed_call_share'), 'the CRM field of each row');
    const copy = page.getByRole('button', { name: 'Скопировать определение сегмента' });
    await copy.click();
    await copy.and(page.locator('[data-copied]')).waitFor();
    const definition = await page.evaluate(() => navigator.clipboard.readText());
    check(definition.includes(SEGMENT) && definition.includes('Критерии:'), `the definition copied: ${definition.slice(0, 80)}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Скачать сегмент (JSON)' }).click()]);
    const json = JSON.parse(readFileSync(await download.path(), 'utf8'));
    check(json.format === 'portal-segments/1' && json.segments.length === 1 && json.segments[0].slug === SEGMENT, 'one segment as JSON');
    check(json.segments[0].crmFilter.some((f) => f.field === 'products' && f.operator === 'HAS_NONE'), 'the JSON carries the CRM filter');
    await shot(page, 'segment');
    await atPhoneWidth(page, 'segment');
  });

  await step('segments: all of them export as JSON and CSV', async () => {
    await page.goto(`${base}/segments`);
    await page.locator('.segment-list li').first().waitFor();
    const listed = await page.locator('.segment-list li').count();
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Скачать все (JSON)' }).click()]);
    check(JSON.parse(readFileSync(await json.path(), 'utf8')).segments.length === listed, 'every listed segment in the JSON');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Скачать все (CSV)' }).click()]);
    const text = readFileSync(await csv.path(), 'utf8');
    check(text.startsWith('\uFEFFslug,name,description,sentence,size_min,size_max,industries,products_owned,products_not_owned,metric_conditions,crm_filter'),
      `the CSV header: ${text.slice(0, 60)}`);
    check(csv.suggestedFilename() === 'segments.csv', `the file name: ${csv.suggestedFilename()}`);
    await shot(page, 'segments');
    await atPhoneWidth(page, 'segments');
  });

  await step('honest states: server error and unavailable index offer a retry, not the sign-in form', async () => {
    await signIn(page, 'sales');
    await page.route('**/graphql', (route) => route.fulfill({ status: 503, contentType: 'text/plain', body: 'Service Unavailable' }));
    await page.goto(`${base}/card/${CARD}`);
    await page.getByText('Сервис недоступен, повторите.').waitFor();
    check(await page.getByRole('button', { name: 'Повторить' }).count() === 1, 'a retry button');
    check(await page.getByRole('heading', { name: 'Вход' }).count() === 0, 'not the sign-in form');
    await shot(page, 'unavailable');
    await atPhoneWidth(page, 'unavailable');
    await page.unroute('**/graphql');
    await page.getByRole('button', { name: 'Повторить' }).click();
    await page.getByRole('heading', { name: 'Кому не предлагать', exact: true }).waitFor();

    // The search index not open yet (SEARCH_UNAVAILABLE): the results say so and retry in place.
    await page.route('**/graphql', async (route) => {
      if ((route.request().postData() ?? '').includes('query SearchPage')) {
        await route.fulfill({ status: 200, contentType: 'application/json',
          body: JSON.stringify({ errors: [{ message: 'The search index is being built', extensions: { code: 'SEARCH_UNAVAILABLE' } }], data: null }) });
      } else await route.continue();
    });
    await page.goto(`${base}/search?q=${encodeURIComponent('коллтрекинг')}`);
    await page.locator('.results').getByText('Сервис недоступен, повторите.').waitFor();
    await page.unroute('**/graphql');
    await page.locator('.results').getByRole('button', { name: 'Повторить' }).click();
    await page.locator('.results[aria-busy=false] article.hit:not(.skeleton)').first().waitFor();
  });

  await step('honest states: placeholders while loading, the app\'s own "not found"', async () => {
    await page.route('**/graphql', async (route) => { await new Promise((r) => setTimeout(r, 800)); await route.continue().catch(() => {}); });
    await page.goto(`${base}/card/${CARD}`, { waitUntil: 'domcontentloaded' });
    await page.locator('[data-state=loading]').waitFor();
    await shot(page, 'loading');
    await page.unroute('**/graphql');
    await page.getByRole('heading', { name: 'Кому не предлагать', exact: true }).waitFor();
    check(await page.locator('[data-state=loading]').count() === 0, 'the placeholder goes when the page is there');
    const response = await page.goto(`${base}/no/such/page?x=1`);
    check(response.status() === 200, `an unknown address is the app's page, not the server's ${response.status()}`);
    await page.getByRole('heading', { name: 'Такой страницы нет' }).waitFor();
    await shot(page, 'not-found');
    await atPhoneWidth(page, 'not-found');
  });

  await step('honest states: an expired sign-in asks to sign in again and comes back to the same page', async () => {
    // A token the API refuses, as it refuses an expired one (401).
    await page.evaluate(() => localStorage.setItem('portal.token', 'eyJhbGciOiJSUzI1NiJ9.eyJleHAiOjF9.c2ln'));
    await page.goto(`${base}/segment/${SEGMENT}?from=expired`);
    await page.getByText('Срок входа истёк').waitFor();
    await shot(page, 'signin-expired');
    await page.locator('input[name=role][value=marketing]').check();
    await page.getByRole('button', { name: 'Войти' }).click();
    await page.waitForURL(new RegExp(`/segment/${SEGMENT}\\?from=expired$`));
    await page.locator('.segment-page h1').waitFor();
  });

  await step('trust: verified, owner and next check by the title; «Сообщить о проблеме» reaches the owner', async () => {
    await signIn(page, 'sales');
    await page.goto(`${base}/card/${CARD}`);
    const trust = page.locator('.trust');
    await trust.waitFor();
    const line = await trust.innerText();
    check(line.includes(`Владелец: ${CARD_OWNER}`) && /Следующая проверка|Срок проверки/.test(line) && /Проверена \d|Ещё не проверялась/.test(line), `the trust line: ${line}`);
    const needed = await trust.getAttribute('data-needed');
    check(await trust.locator(needed === 'true' ? '.badge.recheck' : '.badge.verified').count() === 1, 'a badge that says whether to re-check');
    const message = `Цена в тезисе 2 устарела? e2e ${Date.now()}`;
    await page.getByRole('button', { name: 'Сообщить о проблеме / спросить владельца' }).click();
    await page.locator('.feedback textarea').fill(message);
    await page.locator('.feedback').getByRole('button', { name: 'Отправить' }).click();
    await page.getByText(`Отправлено. ${CARD_OWNER} увидит сообщение`).waitFor();
    await shot(page, 'card-trust');
    await atPhoneWidth(page, 'card-trust');
    // The owner signs in as themselves and finds it on their PM page.
    await page.goto(`${base}/signin`);
    await page.locator('input[name=role][value=pm]').check();
    await page.locator('#signin-user').fill(CARD_OWNER);
    await page.getByRole('button', { name: 'Войти' }).click();
    await page.locator('#who').getByText(CARD_OWNER).waitFor();
    await page.goto(`${base}/pm`);
    await page.locator('.pm-feedback').getByText(message).waitFor();
    await page.locator('#feedback').scrollIntoViewIfNeeded();
    await shot(page, 'pm-feedback');
    await atPhoneWidth(page, 'pm-feedback');
  });
}
