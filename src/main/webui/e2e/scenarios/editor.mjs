// The card editor and the PM's workflow in the browser: create a card with every section → jargon shown while
// typing → submit → a second PM approves in the review queue (the author is told why they cannot) → sales finds it; a stale edit in two tabs; a release note from the card
// page reaches a reader. When a step fails, the page's console, failed responses and a screenshot say why.
export default async function editor(t) {
  const { page, context, base, step, check, shot, signIn, tracedSteps } = t;
  const slug = `e2e-editor-${Date.now().toString(36)}`;
  const title = `Отчёт по звонкам филиалов ${Date.now().toString(36)}`;
  const { log, traced } = tracedSteps(page, 'editor');
  page.on('response', async (r) => {
    if (r.url().endsWith('/graphql') && r.request().method() === 'POST') {
      const body = await r.text().catch(() => '');
      if (r.status() !== 200 || body.includes('"errors"') || body.includes('"userErrors":[{')) log.push(`graphql ${r.status()}: ${body.slice(0, 400)}`);
    }
  });

  await traced('editor: create a card with every section, jargon shown while typing', async () => {
    await signIn(page, 'pm');
    await page.goto(`${base}/pm/new`);
    await page.getByRole('heading', { name: 'Новая карточка' }).waitFor();
    await page.locator('#card-slug').fill(slug);
    await page.getByLabel('Заголовок', { exact: true }).fill(title);
    const summary = page.locator('textarea[name=summary]');
    await summary.fill('Руководитель видит пропущенные звонки каждого филиала и собирает фидбэк клиентов.');
    await page.locator('.plain-discouraged', { hasText: 'фидбэк' }).waitFor();
    await page.locator('select[name=productSlug]').selectOption({ index: 1 });
    await page.locator('input[name=funnelStages][value=SALES]').check();
    await page.locator('input[name=tags]').fill('звонки, филиалы');
    await page.getByRole('button', { name: 'Добавить задачу' }).click();
    await page.locator('input[name="jobs.0.situation"]').fill('Когда у компании несколько филиалов,');
    await page.locator('input[name="jobs.0.motivation"]').fill('я хочу видеть пропущенные звонки каждого,');
    await page.locator('input[name="jobs.0.outcome"]').fill('чтобы ни один клиент не потерялся.');
    await page.locator('.segments-pick[data-field=targetSegmentSlugs] input[type=checkbox]').first().check();
    check((await page.locator('.segments-pick .pick-detail').first().innerText()).length > 10, 'the segment sentence is shown as you pick');
    await page.getByRole('button', { name: 'Добавить пункт' }).click();
    await page.locator('textarea[name="talkingPoints.0"]').fill('Отчёт показывает пропущенные звонки по каждому филиалу.');
    await page.getByRole('button', { name: 'Добавить возражение' }).click();
    await page.locator('input[name="objections.0.objection"]').fill('У нас всего два филиала.');
    await page.locator('textarea[name="objections.0.answer"]').fill('Отчёт полезен и для двух: видно, где теряются звонки.');
    await page.locator('textarea[name=body]').fill('## Как это работает\n\n- звонки по филиалам\n- отчёт раз в день\n\nСм. [справку](https://example.com/help).');
    await page.locator('.md-preview h2', { hasText: 'Как это работает' }).waitFor();
    check(await page.locator('.md-preview li').count() === 2 && await page.locator('.md-preview a[href="https://example.com/help"]').count() === 1,
      'the preview renders the list and the link');
    await page.locator('input[name="rollout.sharePercent"]').fill('10');
    await shot(page, 'editor');
    await page.getByRole('button', { name: 'Создать карточку' }).click();
    await page.locator('.notice', { hasText: 'Карточка создана' }).waitFor();
    check(page.url().endsWith(`/pm/edit/${slug}`), `the editor moves to the card's address: ${page.url()}`);
    await page.setViewportSize({ width: 375, height: 800 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await shot(page, 'editor-phone');
    await page.setViewportSize({ width: 1280, height: 900 });
    check(overflow <= 0, `the editor scrolls sideways at phone width by ${overflow}px`);
  });

  await traced('editor: unsaved changes ask before leaving', async () => {
    await page.locator('textarea[name=summary]').fill('Черновик правки, который не сохранили.');
    let asked = false;
    page.once('dialog', async (d) => { asked = true; await d.dismiss(); });
    await page.locator('#nav a', { hasText: 'Поиск' }).click();
    await page.waitForTimeout(300);
    check(asked, 'no question before leaving unsaved changes');
    check(page.url().includes('/pm/edit/'), 'the editor was left after "stay"');
    check((await page.locator('textarea[name=summary]').inputValue()).startsWith('Черновик правки'), 'the typed text was kept');
    await page.locator('textarea[name=summary]').fill('Руководитель видит пропущенные звонки каждого филиала.');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.locator('.notice', { hasText: 'Сохранено' }).waitFor();
  });

  await traced('editor: submit, a second PM approves, sales finds the card', async () => {
    await page.getByRole('button', { name: 'Отправить на проверку' }).click();
    await page.locator('.step-result', { hasText: 'отправлена на проверку' }).waitFor();
    // In the review queue the author is told why they cannot publish it; a second PM publishes it there.
    await page.goto(`${base}/pm?review=${slug}`);
    const mine = page.locator(`#review-${slug}`);
    await mine.locator('.review-why', { hasText: 'Вы отправили эту карточку на проверку' }).waitFor();
    check(await mine.getByRole('button', { name: 'Одобрить и опубликовать' }).count() === 0, 'the author is offered to publish their own card');
    await signIn(page, 'pm', 'pm2.e2e');
    await page.goto(`${base}/pm?review=${slug}`);
    const item = page.locator(`#review-${slug}`);
    await item.locator('.diff-new summary').click();
    check((await item.locator('.diff-new').innerText()).includes(title), 'the queue shows what will be published');
    await shot(page, 'review-new-card');
    await item.getByRole('button', { name: 'Одобрить и опубликовать' }).click();
    await page.locator('.review-queue .notice', { hasText: 'опубликована' }).waitFor();
    await signIn(page, 'sales');
    // The search index takes the approved card in from the outbox a moment after the commit: ask again until then.
    const hit = page.locator(`article.hit a[href="/card/${slug}"]`);
    for (let i = 0; i < 20 && !(await hit.count()); i++) {
      await page.goto(`${base}/search?q=${encodeURIComponent(title)}`);
      await page.locator('article.hit:not(.skeleton), .empty').first().waitFor();
      if (!(await hit.count())) await page.waitForTimeout(500);
    }
    check(await hit.count() > 0, 'sales do not find the approved card in search');
  });

  await traced('editor: a stale edit in two tabs is explained and the typed text kept', async () => {
    await signIn(page, 'pm');
    const other = await context.newPage();
    await page.goto(`${base}/pm/edit/${slug}`);
    await other.goto(`${base}/pm/edit/${slug}`);
    await page.locator('textarea[name=summary]').waitFor();
    await other.locator('textarea[name=summary]').waitFor();
    await other.locator('textarea[name=summary]').fill('Сводка из второй вкладки.');
    await other.getByRole('button', { name: 'Сохранить' }).click();
    await other.locator('.notice', { hasText: 'Сохранено' }).waitFor();
    const mine = `${title} — правка`;
    await page.getByLabel('Заголовок', { exact: true }).fill(mine);
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.locator('.problems', { hasText: 'Карточку сохранил(а) pm.e2e' }).waitFor();
    // The card is published by now: the editor says a save is an edit for review.
    check(await page.locator('.pending-note', { hasText: 'Сохранение создаст правку на проверку' }).count() === 1, 'no banner on a published card');
    check(await page.getByLabel('Заголовок', { exact: true }).inputValue() === mine, 'the typed title was lost');
    await shot(page, 'editor-stale');
    await page.getByRole('button', { name: 'Обновить' }).click();
    await page.locator('.notice', { hasText: 'Ваши правки на месте' }).waitFor();
    check(await page.locator('textarea[name=summary]').inputValue() === 'Сводка из второй вкладки.', 'the other tab\'s summary is taken in');
    check(await page.getByLabel('Заголовок', { exact: true }).inputValue() === mine, 'the typed title is kept after the refresh');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.locator('.notice', { hasText: 'Сохранено' }).waitFor();
    await other.close();
  });

  await traced('card page: a release note written by a PM reaches a reader', async () => {
    await page.goto(`${base}/card/${slug}`);
    const noteTitle = `Отчёт по филиалам включён ${Date.now().toString(36)}`;
    await page.locator('#rn-title').fill(noteTitle);
    await page.locator('#rn-text').fill('Руководители видят пропущенные звонки каждого филиала.');
    await page.getByRole('button', { name: 'Опубликовать релиз' }).click();
    await page.locator('.step-result', { hasText: 'опубликован' }).waitFor();
    await shot(page, 'card-pm-actions');
    await signIn(page, 'sales');
    await page.goto(`${base}/releases`);
    await page.locator('.note h2', { hasText: noteTitle }).waitFor();
  });
}
