// The evidence editor and the segment editor in the browser: A/B figures typed → the verdict, interval and claim the
// API computes appear → saved → the card shows it; a segment's criteria changed → the preview lists the published
// cards it will flag → saved → those cards say they need re-checking. Each scenario makes its own card and segment
// through the API, so it does not depend on or change the sample content other scenarios read.
export default async function evidenceSegments(t) {
  const { page, base, step, check, shot, signIn, devToken, api } = t;
  const run = Date.now().toString(36);
  const pm = await devToken('pm');
  const admin = await devToken('admin');
  const product = (await api(pm, '{ products(first: 1) { edges { node { slug } } } }')).products.edges[0].node.slug;
  const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  const atPhoneWidth = async (name) => {
    await page.setViewportSize({ width: 375, height: 800 });
    const overflow = await sideways();
    await shot(page, name);
    await page.setViewportSize({ width: 1280, height: 900 });
    check(overflow <= 0, `${name}: the page scrolls sideways at phone width by ${overflow}px`);
  };
  const createCard = async (slug, title, segments = []) => {
    const created = (await api(pm, `mutation($input: CreateFeatureCardInput!) { createFeatureCard(input: $input) { card { id version } userErrors { field message } } }`,
      { input: { slug, title, summary: 'Карточка для проверки редакторов в браузере.', productSlug: product, owner: 'pm.e2e', targetSegmentSlugs: segments } })).createFeatureCard;
    check(created.card, `card not created: ${JSON.stringify(created.userErrors)}`);
    return created.card;
  };

  await step('evidence editor: A/B figures → verdict, interval and claim previewed → saved → the card shows it', async () => {
    const slug = `e2e-evidence-${run}`;
    await createCard(slug, `Карточка с исследованием ${run}`);
    await signIn(page, 'pm');
    await page.goto(`${base}/card/${slug}`);
    await page.getByRole('button', { name: 'Добавить исследование' }).click();
    const form = page.locator('form.evidence-form');
    check(await form.locator('input[name=kind][value=AB_TEST]').isChecked(), 'an A/B test is the kind offered first');
    await form.locator('input[name=title]').fill('A/B-тест отчёта по филиалам');
    await form.locator('input[name="abTest.controlUsers"]').fill('1000');
    await form.locator('input[name="abTest.controlConversions"]').fill('360');
    await form.locator('input[name="abTest.variantUsers"]').fill('1000');
    await form.locator('input[name="abTest.variantConversions"]').fill('1200');
    const variantError = form.locator('[data-field="abTest.variantConversions"] > .field-error');
    await variantError.waitFor({ state: 'visible' });
    check((await variantError.innerText()).includes('не может быть больше'), `the error is said by the field: ${await variantError.innerText()}`);
    await form.locator('input[name="abTest.variantConversions"]').fill('500');
    const claim = form.locator('.evidence-preview .claim');
    await claim.waitFor();
    await variantError.waitFor({ state: 'hidden' });
    // The preview shows what the API itself computes for these figures, word for word.
    const expected = (await api(pm, `{ evidencePreview(input: {kind: AB_TEST, abTest: {controlUsers: 1000, controlConversions: 360, variantUsers: 1000,
      variantConversions: 500}}) { statistics { claim } } }`)).evidencePreview.statistics.claim;
    const shown = await claim.innerText();
    check(shown.startsWith('Значимый результат.') && shown.includes(expected), `the preview's verdict and claim: ${shown}`);
    check((await form.locator('.evidence-preview').innerText()).includes('95% доверительный интервал разницы: от +'), 'the interval is previewed');
    await form.locator('textarea[name=conclusion]').fill('С отчётом руководители чаще перезванивают кандидатам.');
    await shot(page, 'evidence-preview');
    await atPhoneWidth('evidence-preview-phone');

    await form.getByRole('button', { name: 'Добавить исследование' }).click();
    await page.locator('#evidence .notice', { hasText: 'сохранено' }).waitFor();
    await page.reload();
    const saved = page.locator('#evidence li[data-evidence]', { hasText: 'A/B-тест отчёта по филиалам' });
    await saved.waitFor();
    check((await saved.locator('.claim').innerText()).includes(expected), 'the card shows the saved evidence with its claim');
  });

  await step('segment editor: criteria changed → the cards to re-verify listed → saved → those cards need checking', async () => {
    const segment = `e2e-segment-${run}`;
    const made = (await api(pm, `mutation($input: CreateSegmentInput!) { createSegment(input: $input) { segment { slug } userErrors { field message } } }`,
      { input: { slug: segment, name: `Сегмент браузерного теста ${run}`, description: 'Компании от 10 сотрудников.', criteria: { sizeMin: 10 } } })).createSegment;
    check(made.segment, `segment not created: ${JSON.stringify(made.userErrors)}`);
    const title = `Карточка на сегменте ${run}`;
    const cardSlug = `e2e-segment-card-${run}`;
    let card = await createCard(cardSlug, title, [segment]);
    const stepCard = async (token, mutation, extra = {}) => {
      const result = (await api(token, `mutation($input: ${mutation === 'verifyCard' ? 'VerifyCardInput' : 'CardStepInput'}!) { ${mutation}(input: $input) {
        card { id version status } userErrors { field message } } }`, { input: { id: card.id, version: card.version, ...extra } }))[mutation];
      check(result.card, `${mutation}: ${JSON.stringify(result.userErrors)}`);
      card = result.card;
    };
    await stepCard(pm, 'submitCardForReview');
    await stepCard(admin, 'approveCard');
    await stepCard(pm, 'verifyCard', { comment: 'Проверено перед правкой сегмента' });
    check(card.status === 'PUBLISHED', `the card is published: ${card.status}`);

    await signIn(page, 'pm');
    await page.goto(`${base}/pm/segments`);
    await page.locator('.segment-list a', { hasText: `Сегмент браузерного теста ${run}` }).click();
    await page.waitForURL(new RegExp(`/pm/segment/${segment}$`));
    await page.locator('.segment-preview', { hasText: '1 опубликованная карточка' }).waitFor();
    await page.locator('.segment-preview', { hasText: 'Изменений пока нет' }).waitFor();
    await page.locator('input[name="criteria.sizeMin"]').fill('50');
    await page.getByRole('button', { name: 'Добавить условие' }).click();
    const metric = page.locator('select[name="criteria.metricConditions.0.metric"]');
    await metric.selectOption({ index: 1 });
    const metricName = (await metric.locator('option:checked').innerText()).trim();
    await page.locator('select[name="criteria.metricConditions.0.operator"]').selectOption('GT');
    await page.locator('input[name="criteria.metricConditions.0.threshold"]').fill('20');
    const sentence = page.locator('.segment-preview .sentence');
    await page.waitForFunction((name) => {
      const text = document.querySelector('.segment-preview .sentence')?.textContent ?? '';
      return text.includes('50') && text.includes(name);
    }, metricName.toLowerCase());
    check((await sentence.innerText()).includes('больше 20'), `the sentence follows the builder: ${await sentence.innerText()}`);
    await page.locator('.reverify-cards a', { hasText: title }).waitFor();
    await shot(page, 'segment-editor');
    await atPhoneWidth('segment-editor-phone');

    await page.getByRole('button', { name: 'Сохранить сегмент' }).click();
    await page.locator('.notice', { hasText: `На перепроверку отправлены: «${title}»` }).waitFor();
    await page.goto(`${base}/card/${cardSlug}`);
    await page.getByText('Пора проверить: изменились сегменты').waitFor();
  });

  await step('segment editor: a new segment reads as a sentence while it is built; an unknown one is not found', async () => {
    await page.goto(`${base}/pm/segments/new`);
    await page.getByRole('heading', { name: 'Новый сегмент' }).waitFor();
    await page.locator('.segment-preview .sentence:not(:empty)').waitFor();
    const before = await page.locator('.segment-preview .sentence').innerText();
    await page.locator('input[name="criteria.sizeMax"]').fill('5');
    await page.locator('input[name="criteria.sizeMin"]').fill('9');
    await page.locator('[data-field="criteria.sizeMax"] > .field-error', { hasText: 'меньше' }).waitFor();
    await page.locator('input[name="criteria.sizeMax"]').fill('500');
    await page.waitForFunction((old) => {
      const text = document.querySelector('.segment-preview .sentence')?.textContent ?? '';
      return text !== old && text.includes('500');
    }, before);
    // Unsaved changes ask before leaving; staying keeps them.
    page.once('dialog', (d) => d.dismiss());
    await page.locator('#nav a', { hasText: 'Править сегменты' }).click();
    await page.waitForTimeout(300);
    check(page.url().endsWith('/pm/segments/new'), `the editor was left with unsaved changes: ${page.url()}`);
    const leave = (d) => d.accept();
    page.on('dialog', leave);
    await page.goto(`${base}/pm/segment/no-such-segment-${run}`);
    page.off('dialog', leave);
    await page.getByRole('heading', { name: 'Сегмент не найден' }).waitFor();
  });
}
