// An edit of a published card goes through review in the browser: the editor says saving makes an edit for review →
// sales still read the published text on the card page and in search → the card page shows PMs the pending edit →
// its author sees why they cannot approve it → a second PM reads the word diff in the queue, is told a comment is
// needed to send it back, and approves → sales read the new text. (Creating, submitting and approving a new card,
// and the stale edit in two tabs, are in editor.mjs.)
export default async function review(t) {
  const { page, base, step, check, shot, signIn, devToken, api, tracedSteps } = t;
  // Words no other card holds, in Cyrillic so the Russian analysis treats them as words: digits of the time as letters.
  const tag = [...String(Date.now()).slice(-7)].map((d) => 'бвгджзклмн'[Number(d)]).join('');
  const oldWord = `старозвон${tag}`;
  const newWord = `новозвон${tag}`;
  const slug = `e2e-review-${Date.now().toString(36)}`;
  const title = `Сводка пропущенных звонков ${tag}`;
  const oldSummary = `Руководитель видит пропущенные звонки за день: ${oldWord}.`;
  const newSummary = `Руководитель видит пропущенные звонки каждого филиала за неделю: ${newWord}.`;
  const { traced } = tracedSteps(page, 'review');
  const noSidewaysScroll = async (what) => {
    await page.setViewportSize({ width: 375, height: 800 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    check(overflow <= 0, `${what} scrolls sideways at phone width by ${overflow}px`);
  };
  /** The search results for a query as sales see them, once the page shows them (hits or "nothing found"). */
  const searchFor = async (query) => {
    await page.goto(`${base}/search?q=${encodeURIComponent(query)}`);
    await page.locator('article.hit:not(.skeleton), .empty').first().waitFor();
    return page.locator(`article.hit a[href="/card/${slug}"]`);
  };
  /** The index takes a change in from the outbox a moment after the commit: ask again until it shows, or give up. */
  const eventuallyFound = async (query) => {
    let hit = await searchFor(query);
    for (let i = 0; i < 20 && !(await hit.count()); i++) {
      await page.waitForTimeout(500);
      hit = await searchFor(query);
    }
    return (await hit.count()) > 0;
  };

  await traced('review: a published card to edit (set up through the API)', async () => {
    const pm = await devToken('pm');
    const created = await api(pm, `mutation($input: CreateFeatureCardInput!) { createFeatureCard(input: $input) { card { id version } userErrors { message } } }`,
      { input: { slug, title, summary: oldSummary, productSlug: 'call-tracking', owner: 'pm.e2e', funnelStages: ['SALES'] } });
    check(created.createFeatureCard.userErrors.length === 0, JSON.stringify(created));
    const stepQuery = (m) => `mutation($input: CardStepInput!) { ${m}(input: $input) { card { id version status } userErrors { message } } }`;
    const submitted = (await api(pm, stepQuery('submitCardForReview'), { input: { id: created.createFeatureCard.card.id, version: created.createFeatureCard.card.version } })).submitCardForReview;
    check(submitted.userErrors.length === 0, JSON.stringify(submitted));
    const approved = (await api(await devToken('admin'), stepQuery('approveCard'), { input: { id: submitted.card.id, version: submitted.card.version } })).approveCard;
    check(approved.card?.status === 'PUBLISHED', JSON.stringify(approved));
  });

  await traced('review: the editor on a published card says saving makes an edit for review', async () => {
    await signIn(page, 'pm');
    await page.goto(`${base}/pm/edit/${slug}`);
    const banner = page.locator('.pending-note', { hasText: 'Сохранение создаст правку на проверку' });
    await banner.waitFor();
    check((await banner.innerText()).includes('продажи и маркетинг видят опубликованный текст'), 'the banner says sales keep the published text');
    await page.locator('textarea[name=summary]').fill(newSummary);
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.locator('.notice', { hasText: 'как правка на проверку' }).waitFor();
    check(await page.locator('textarea[name=summary]').inputValue() === newSummary, 'after saving, the form holds the pending edit, not the published text');
    await page.locator('.pending-note', { hasText: 'В форме — правка, которая ждёт проверки' }).waitFor();
    await shot(page, 'editor-published');
    await noSidewaysScroll('the editor of a published card');
    await shot(page, 'editor-published-phone');
    await page.setViewportSize({ width: 1280, height: 900 });
    // Opened again, the editor shows the pending edit too.
    await page.goto(`${base}/pm/edit/${slug}`);
    await page.locator('textarea[name=summary]').waitFor();
    check(await page.locator('textarea[name=summary]').inputValue() === newSummary, 'the editor reopens the pending edit');
  });

  await traced('review: sales still read the published text on the card page and in search', async () => {
    await signIn(page, 'sales');
    await page.goto(`${base}/card/${slug}`);
    await page.locator('.summary').waitFor();
    const summary = await page.locator('.summary').innerText();
    check(summary.includes(oldWord) && !summary.includes(newWord), `sales read «${summary}» on the card page`);
    check(await page.locator('.pending-note').count() === 0, 'sales are told about the pending edit');
    check(await eventuallyFound(oldWord), 'sales do not find the published card by its published text');
    check(await (await searchFor(newWord)).count() === 0, 'the pending text reached sales in search');
  });

  await traced('review: the card page shows PMs the pending edit; its author sees why they cannot approve it', async () => {
    await signIn(page, 'pm');
    await page.goto(`${base}/card/${slug}`);
    const note = page.locator('#pending-edit');
    await note.waitFor();
    check((await note.innerText()).includes('Кратко'), `the note names the changed field: ${await note.innerText()}`);
    await note.getByRole('link', { name: 'Открыть правку в очереди на проверку' }).click();
    await page.waitForURL(/\/pm\?review=/);
    const item = page.locator(`#review-${slug}`);
    await item.waitFor();
    check(await page.evaluate((id) => document.activeElement?.id === id, `review-${slug}`), 'the linked queue item has the focus');
    check((await item.locator('.review-why').innerText()).includes('Это ваша правка'), 'the author is told why they cannot approve');
    check(await item.getByRole('button', { name: 'Одобрить правку' }).count() === 0, 'the author is offered to approve their own edit');
  });

  await traced('review: a second PM reads the diff in the queue, needs a comment to send it back, approves', async () => {
    await signIn(page, 'pm', 'pm2.e2e');
    await page.goto(`${base}/pm?review=${slug}`);
    const item = page.locator(`#review-${slug}`);
    await item.waitFor();
    check((await item.locator('.meta').innerText()).includes('pm.e2e'), 'the item says who made the edit');
    const field = item.locator('.diff-fields li[data-field=summary]');
    check((await field.locator('del').allInnerTexts()).join(' ').includes(oldWord), 'the removed words are in <del>');
    check((await field.locator('ins').allInnerTexts()).join(' ').includes(newWord), 'the added words are in <ins>');
    check((await field.locator('del .visually-hidden').first().textContent()).includes('удалено'), 'a removal is announced in words');
    check((await field.locator('ins .visually-hidden').first().textContent()).includes('добавлено'), 'an addition is announced in words');
    check(/удалено \d+ слов.*добавлено \d+ слов/.test(await field.locator('h4').innerText()), 'the field says how many words changed');
    await item.scrollIntoViewIfNeeded();
    await shot(page, 'review-diff');
    await noSidewaysScroll('the review queue');
    await shot(page, 'review-diff-phone');
    await page.setViewportSize({ width: 1280, height: 900 });

    await item.getByRole('button', { name: 'Вернуть на доработку' }).click();
    await item.locator('.step-result .error', { hasText: 'Напишите в комментарии, что исправить' }).waitFor();
    check(await item.locator('textarea[name=comment]').getAttribute('aria-invalid') === 'true', 'the empty comment is marked');
    await item.getByRole('button', { name: 'Одобрить правку' }).click();
    await page.locator('.review-queue .notice', { hasText: 'одобрена' }).waitFor();
    check(await page.locator(`#review-${slug}`).count() === 0, 'the approved edit stays in the queue');
  });

  await traced('review: after approval sales read the new text', async () => {
    await signIn(page, 'sales');
    await page.goto(`${base}/card/${slug}`);
    await page.locator('.summary').waitFor();
    check((await page.locator('.summary').innerText()).includes(newWord), 'sales do not read the approved text on the card page');
    check(await eventuallyFound(newWord), 'sales do not find the approved text in search');
  });
}
