// End-to-end tests of the web frontend in headless Chromium (playwright-core, the system's browser), against a
// running portal with dev tokens. Run by the Java test WebUiIT inside `./mvnw verify`; by hand:
//   PORTAL_URL=http://localhost:8080 node e2e/run.mjs
// Writes a screenshot of each page and metrics.json to SCREENSHOTS (default ../../../target/ui-screenshots).
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const base = (process.env.PORTAL_URL ?? 'http://localhost:8080').replace(/\/$/, '');
const out = path.resolve(process.env.SCREENSHOTS ?? path.join(here, '../../../../target/ui-screenshots'));
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const JS_BUDGET = 200 * 1024;
const DRAFT_SLUG = 'call-recordings';
const DRAFT_TITLE = 'Записи разговоров с кандидатами';

mkdirSync(out, { recursive: true });
const profile = path.join(out, '..', 'chromium-profile');
rmSync(profile, { recursive: true, force: true });

const results = [];
const metrics = {};
let context;

function check(condition, message) {
  if (!condition) throw new Error(message);
}

async function step(name, body) {
  const started = Date.now();
  try {
    await body();
    results.push({ name, ok: true, ms: Date.now() - started });
    console.log(`ok   ${name} (${Date.now() - started} ms)`);
  } catch (e) {
    results.push({ name, ok: false, error: String(e?.stack ?? e) });
    console.log(`FAIL ${name}\n     ${String(e?.stack ?? e).split('\n').join('\n     ')}`);
  }
}

async function shot(page, name) {
  await page.screenshot({ path: path.join(out, `${name}.png`), fullPage: true });
}

/** The page at 375 px wide: a screenshot `<name>-phone` and a check that it does not scroll sideways; then desktop again. */
async function atPhoneWidth(page, name) {
  await page.setViewportSize({ width: 375, height: 800 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  check(width <= 375, `${name}: no sideways scrolling at 375 px (page is ${width} px wide)`);
  await shot(page, `${name}-phone`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

/**
 * Steps that say why they failed: `traced(name, body)` is `step` whose error carries what the page logged during the
 * step (its console, and whatever else the scenario pushes to `log`) and which leaves a screenshot `<prefix>-fail-…`.
 */
function tracedSteps(page, prefix) {
  const log = [];
  page.on('console', (m) => log.push(`console ${m.type()}: ${m.text()}`));
  const traced = (name, body) => step(name, async () => {
    log.length = 0;
    try {
      await body();
    } catch (e) {
      await shot(page, `${prefix}-fail-${name.slice(0, 24).replace(/[^a-zа-я0-9]+/gi, '-')}`).catch(() => {});
      throw new Error(`${e?.message ?? e}\n${log.join('\n')}`);
    }
  });
  return { log, traced };
}

/** Signs in on the dev sign-in page; a scenario that needs a second person of a role names them (`pm2.e2e`). */
async function signIn(page, role, user = `${role}.e2e`) {
  await page.goto(`${base}/signin`);
  await page.locator(`input[name=role][value=${role}]`).check();
  await page.locator('#signin-user').fill(user);
  await page.getByRole('button', { name: 'Войти' }).click();
  await page.locator('#who').getByText(user).waitFor();
}

async function devToken(role) {
  const response = await fetch(`${base}/dev/token?role=${role}&user=${role}.e2e`);
  check(response.ok, `dev token: ${response.status}`);
  return (await response.text()).trim();
}

async function api(token, query, variables) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  check(!body.errors, `GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run',
      '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 900 },
    locale: 'ru-RU',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(20000);

  await step('first load: JavaScript under 200 KB, load time measured', async () => {
    const scripts = [];
    const onResponse = async (response) => {
      if (response.request().resourceType() !== 'script') return;
      const body = await response.body().catch(() => Buffer.alloc(0));
      const sizes = await response.request().sizes().catch(() => null);
      scripts.push({ url: response.url(), bodyBytes: body.length, transferredBytes: sizes ? sizes.responseBodySize + sizes.responseHeadersSize : body.length });
    };
    page.on('response', onResponse);
    await page.goto(`${base}/`, { waitUntil: 'load' });
    await page.getByRole('heading', { name: 'Вход' }).waitFor();
    page.off('response', onResponse);
    const timing = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      return { domContentLoadedMs: Math.round(nav.domContentLoadedEventEnd), loadMs: Math.round(nav.loadEventEnd), responseEndMs: Math.round(nav.responseEnd) };
    });
    const transferred = scripts.reduce((sum, s) => sum + s.transferredBytes, 0);
    const bodies = scripts.reduce((sum, s) => sum + s.bodyBytes, 0);
    Object.assign(metrics, { javascriptTransferredBytes: transferred, javascriptBodyBytes: bodies, scripts, ...timing });
    console.log(`     JavaScript on first load: ${transferred} bytes transferred (${bodies} bytes of script) in ${scripts.length} file(s); `
      + `DOMContentLoaded ${timing.domContentLoadedMs} ms, load ${timing.loadMs} ms`);
    check(scripts.length > 0, 'no script loaded');
    check(transferred < JS_BUDGET, `JavaScript on first load is ${transferred} bytes, over ${JS_BUDGET}`);
    await shot(page, 'signin');
  });

  await step('search → open a card → hover a glossary term', async () => {
    await signIn(page, 'sales');
    await page.goto(`${base}/search`);
    // Layout shift while results load, as the browser measures it.
    await page.evaluate(() => {
      window.__cls = 0;
      new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; })
        .observe({ type: 'layout-shift', buffered: false });
    });
    const box = page.getByRole('combobox');
    await box.fill('колл');
    await page.getByRole('listbox').getByRole('option').first().waitFor();
    // The suggestions work from the keyboard: arrows move the active option, Escape closes the list.
    await box.press('ArrowDown');
    const active = await box.getAttribute('aria-activedescendant');
    check(active && (await page.locator(`#${active}`).getAttribute('aria-selected')) === 'true', 'ArrowDown selects a suggestion');
    await box.press('Escape');
    await page.getByRole('listbox').waitFor({ state: 'hidden' });
    check((await box.getAttribute('aria-expanded')) === 'false', 'Escape closes the suggestions');
    await box.fill('коллтрекинг');
    await box.press('Enter');
    await page.locator('article.hit:not(.skeleton)').first().waitFor();
    check(page.url().includes('q=%D0%BA%D0%BE%D0%BB%D0%BB%D1%82%D1%80%D0%B5%D0%BA%D0%B8%D0%BD%D0%B3'), `the URL holds the query: ${page.url()}`);
    check(await page.locator('article.hit mark').count() > 0, 'highlighted fragments');
    check(await page.locator('.facets .facet-value').count() > 0, 'facet filters');
    metrics.searchLayoutShift = await page.evaluate(() => window.__cls);
    check(metrics.searchLayoutShift < 0.1, `layout shift while results load: ${metrics.searchLayoutShift}`);
    await page.locator('.facets button', { hasText: 'Карточка' }).click();
    await page.waitForURL(/type=CARD/);
    await page.locator('.facet-value[aria-pressed=true]').waitFor();
    await page.locator('.results[aria-busy=false]').waitFor();
    check(await page.locator('.results .error').count() === 0, `the filtered search failed: ${await page.locator('.results').innerText()}`);
    check(await page.locator('article.hit .badge', { hasText: 'Релиз' }).count() === 0, 'the type filter is applied');
    await shot(page, 'search');
    await page.setViewportSize({ width: 375, height: 800 });
    const searchOverflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    check(searchOverflow <= 0, `the search page scrolls sideways at phone width by ${searchOverflow}px`);
    await shot(page, 'search-phone');
    await page.setViewportSize({ width: 1280, height: 900 });

    await page.goto(`${base}/search?q=${encodeURIComponent('зюзябрикус')}`);
    await page.getByText('Ничего не нашлось').waitFor();
    await shot(page, 'search-nothing-found');

    await page.goto(`${base}/search?q=${encodeURIComponent('коллтрекинг')}&type=CARD`);
    await page.locator('article.hit h2 a').first().click();
    await page.waitForURL(/\/card\//);
    await page.getByRole('heading', { name: 'Кому не предлагать', exact: true }).waitFor();
    await page.goto(`${base}/card/call-tracking-employers`);
    await page.getByRole('heading', { name: 'Кому не предлагать', exact: true }).waitFor();
    for (const heading of ['Зачем клиенту (JTBD)', 'Кому предлагать', 'Что сказать клиенту', 'Возражения и ответы', 'Что показали исследования',
      'Раскатка', 'Релизы']) {
      check(await page.getByRole('heading', { name: heading, exact: true }).count() === 1, `card section «${heading}»`);
    }
    check(await page.locator('.claim').count() > 0, 'evidence with its honest claim');
    check(await page.getByRole('heading', { name: /Жаргон/ }).count() === 0, 'sales see the jargon warnings');
    const term = page.locator('.term').first();
    check(await term.count() === 1, 'a glossary term in the card text');
    const tip = term.locator('.tip');
    check(!(await tip.isVisible()), 'the definition is hidden until hover');
    await term.hover();
    await tip.waitFor({ state: 'visible' });
    check((await tip.innerText()).length > 10, 'the definition is shown on hover');
    await shot(page, 'card-term-hover');
    await page.mouse.move(0, 0);
    await page.locator('.term').nth(1).focus();
    await page.locator('.term').nth(1).locator('.tip').waitFor({ state: 'visible' });
    await shot(page, 'card');

    await page.evaluate(() => document.activeElement?.blur());
    await page.setViewportSize({ width: 375, height: 800 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    check(overflow <= 0, `the card page scrolls sideways at phone width by ${overflow}px`);
    await shot(page, 'card-phone');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  await step('pitch form → ranked cards with reasons, shareable by URL', async () => {
    await page.goto(`${base}/pitch`);
    await page.locator('#p-size').fill('800');
    await page.locator('#p-industry').selectOption('retail');
    await page.locator('input[name=owns][value=vacancies]').check();
    await page.locator('#p-m-missed_call_share').fill('25');
    await page.getByRole('button', { name: 'Подобрать' }).click();
    await page.locator('article.match').first().waitFor();
    check(await page.locator('article.match .crit').count() > 0, 'per-criterion reasons');
    const url = page.url();
    check(url.includes('size=800') && url.includes('industry=retail') && url.includes('owns=vacancies'), `the URL holds the profile: ${url}`);
    const first = await page.locator('article.match h3 a').first().innerText();
    await shot(page, 'pitch');
    const shared = await context.newPage();
    await shared.goto(url);
    await shared.locator('article.match').first().waitFor();
    check(await shared.locator('article.match h3 a').first().innerText() === first, 'the shared link shows the same ranking');
    await shared.close();
  });

  await step('glossary and metrics', async () => {
    await page.goto(`${base}/glossary`);
    await page.locator('.glossary dt').first().waitFor();
    await page.getByRole('button', { name: 'Метрики' }).click();
    await page.waitForURL(/kind=METRIC/);
    await page.locator('#g-q').fill('MQL');
    await page.waitForURL(/q=MQL/);
    await page.locator('.glossary dt', { hasText: 'MQL' }).first().waitFor();
    await shot(page, 'glossary');
  });

  await step('a sales user never sees a draft', async () => {
    await page.goto(`${base}/card/${DRAFT_SLUG}`);
    await page.getByRole('heading', { name: 'Карточка не найдена' }).waitFor();
    await page.goto(`${base}/search?q=${encodeURIComponent(DRAFT_TITLE)}`);
    await page.locator('article.hit:not(.skeleton), .empty').first().waitFor();
    check(await page.locator(`a[href="/card/${DRAFT_SLUG}"]`).count() === 0, 'the draft is among the search results');
    check(await page.locator('#nav a', { hasText: 'Для продакта' }).count() === 0, 'sales see the PM page link');
    await page.goto(`${base}/pm`);
    await page.getByRole('heading', { name: 'Такой страницы нет' }).waitFor();
  });

  await step('a release note published through the API appears on an open release-notes page', async () => {
    await page.goto(`${base}/releases`);
    await page.locator('.live[data-live=true]').waitFor();
    await page.evaluate(() => { window.__sameDocument = true; });
    const slug = `e2e-note-${Date.now()}`;
    const pm = await devToken('pm');
    const created = await api(pm, `mutation($input: CreateReleaseNoteInput!) { createReleaseNote(input: $input) { releaseNote { slug } userErrors { message } } }`,
      { input: { slug, cardSlug: 'call-tracking-employers', publishedOn: new Date().toISOString().slice(0, 10), title: 'Колл-трекинг: отчёт по филиалам',
        text: 'В отчёте по звонкам теперь видно, сколько звонков пропустил каждый филиал.', audiences: ['SALES', 'MARKETING'] } });
    check(created.createReleaseNote.userErrors.length === 0, JSON.stringify(created));
    const draftSlug = `e2e-draft-note-${Date.now()}`;
    await api(pm, `mutation($input: CreateReleaseNoteInput!) { createReleaseNote(input: $input) { userErrors { message } } }`,
      { input: { slug: draftSlug, cardSlug: DRAFT_SLUG, publishedOn: new Date().toISOString().slice(0, 10), title: 'Секретный черновик',
        text: 'Не для продаж.', audiences: ['SALES'] } });
    await page.locator(`[data-slug="${slug}"]`).waitFor();
    check(await page.evaluate(() => window.__sameDocument === true), 'the page was reloaded');
    await page.waitForTimeout(1000);
    check(await page.locator(`[data-slug="${draftSlug}"]`).count() === 0, 'a note about a draft reached a sales user');
    await shot(page, 'releases');
  });

  await step('a PM sees drafts, the review queue and jargon warnings', async () => {
    await page.getByRole('button', { name: 'Выйти' }).click();
    await signIn(page, 'pm');
    await page.locator('#nav a', { hasText: 'Для продакта' }).click();
    await page.getByRole('heading', { name: 'Очередь на проверку' }).waitFor();
    check(await page.locator(`a[href="/card/${DRAFT_SLUG}"]`).count() > 0, 'the draft is listed for a PM');
    await shot(page, 'pm');
    await page.goto(`${base}/card/${DRAFT_SLUG}`);
    await page.getByRole('heading', { name: /Жаргон/ }).waitFor();
    await shot(page, 'card-pm-draft');
  });

  // Each feature's scenarios live in their own file under e2e/scenarios/, run in name order after the ones above.
  // A scenario module exports `default async function (t)`, with t holding what the steps above use.
  const scenarios = path.join(here, 'scenarios');
  for (const file of readdirSync(scenarios).filter((f) => f.endsWith('.mjs')).sort()) {
    const scenario = await import(pathToFileURL(path.join(scenarios, file)).href);
    await scenario.default({ page, context, base, out, metrics, step, check, shot, signIn, devToken, api, atPhoneWidth, tracedSteps });
  }
} catch (e) {
  results.push({ name: 'browser', ok: false, error: String(e?.stack ?? e) });
  console.log(`FAIL browser\n     ${String(e?.stack ?? e)}`);
} finally {
  await context?.close().catch(() => {});
  writeFileSync(path.join(out, 'metrics.json'), `${JSON.stringify({ ...metrics, results }, null, 2)}\n`);
}
const failed = results.filter((r) => !r.ok);
console.log(`${results.length - failed.length} passed, ${failed.length} failed; screenshots and metrics.json in ${out}`);
process.exit(failed.length || !results.length ? 1 : 0);
