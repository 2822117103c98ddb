// Browsertests van de publieksversie: axe-core (WCAG 2.1 A en AA) op elke pagina, en het filter op wet,
// zoeken en de uitleg bij begrippen met alleen het toetsenbord. Draait met node:test in headless Chromium.
// SITE = de map publieksversie/ van een build (standaard: ../../../target/site-browsertest/publieksversie).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';

const SITE = resolve(process.env.SITE || '../../../target/site-browsertest/publieksversie');
const PAGINAS = readdirSync(SITE).filter((f) => f.endsWith('.html')).sort();
const url = (pagina) => pathToFileURL(join(SITE, pagina)).href;
const HOOFDSTUK = 'hoofdstuk-gezond-en-veilig-opgroeien.html';

let browser;
before(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run'],
  });
});
after(async () => { await browser?.close(); });

async function open(pagina, opties = {}) {
  const context = await browser.newContext(opties);
  const page = await context.newPage();
  await page.goto(url(pagina));
  return { context, page };
}

/** Tab tot het element onder `selector` focus heeft; faalt na `max` keer. */
async function tabNaar(page, selector, max = 400) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  assert.fail(`met Tab niet bij ${selector} gekomen`);
}

test('de site heeft de verwachte pagina\'s', () => {
  for (const p of ['index.html', HOOFDSTUK, 'begrippen.html', 'bijlagen.html', 'over.html', 'zoeken.html']) {
    assert.ok(PAGINAS.includes(p), `${p} ontbreekt in ${SITE}`);
  }
  assert.ok(PAGINAS.length >= 19, `maar ${PAGINAS.length} pagina's`);
});

for (const pagina of PAGINAS) {
  test(`axe: geen WCAG 2.1 A/AA-schendingen op ${pagina}`, async () => {
    const { context, page } = await open(pagina);
    try {
      const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const samenvatting = r.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ` +
        v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n  '));
      assert.equal(r.violations.length, 0, samenvatting.join('\n'));
      assert.ok(r.passes.length > 10, 'axe heeft (bijna) niets gecontroleerd');
    } finally {
      await context.close();
    }
  });
}

test('filter op wet werkt met het toetsenbord', async () => {
  const { context, page } = await open(HOOFDSTUK);
  try {
    const totaal = await page.locator('article.artikel').count();
    await tabNaar(page, 'input[name="wet"]');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'wet-alle');
    await page.keyboard.press('ArrowRight'); // tweede keuze: de eerste wet
    const wet = await page.evaluate(() => document.activeElement.value);
    assert.ok(wet, 'geen wet gekozen');
    const zichtbaar = page.locator('article.artikel:not([hidden])');
    const n = await zichtbaar.count();
    assert.ok(n > 0 && n < totaal, `${n} van ${totaal} artikelen zichtbaar na filter ${wet}`);
    for (const w of await zichtbaar.evaluateAll((els) => els.map((e) => e.dataset.wetten))) {
      assert.ok(w.split(' ').includes(wet), `artikel met wetten "${w}" zichtbaar bij filter ${wet}`);
    }
    assert.match(await page.locator('.filterstatus').innerText(), new RegExp(`${n} van de ${totaal} artikelen`));
    await page.keyboard.press('ArrowLeft'); // terug naar "Alle wetten"
    assert.equal(await zichtbaar.count(), totaal);
  } finally {
    await context.close();
  }
});

test('zoeken werkt met het toetsenbord', async () => {
  const { context, page } = await open('zoeken.html');
  try {
    await tabNaar(page, '#zoekterm');
    await page.keyboard.type('leerlingenvervoer');
    await page.keyboard.press('Enter');
    const resultaten = page.locator('#zoekresultaten li a');
    await resultaten.first().waitFor();
    assert.ok(await resultaten.count() > 0);
    assert.match(await page.locator('#zoekstatus').innerText(), /artikel(en)? gevonden/);
    await tabNaar(page, '#zoekresultaten li a');
    const doel = await page.evaluate(() => document.activeElement.getAttribute('href'));
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.href.includes(doel.split('#')[0]));
    const anker = doel.split('#')[1];
    assert.ok(await page.locator(`[id="${anker}"]`).count() === 1, `anker ${anker} bestaat niet`);
    // Geen treffer: dat wordt gemeld
    await page.goto(url('zoeken.html') + '?q=xyzzyplugh');
    assert.match(await page.locator('#zoekstatus').innerText(), /Geen artikelen gevonden/);
  } finally {
    await context.close();
  }
});

for (const js of [true, false]) {
  test(`uitleg bij een begrip opent en sluit met het toetsenbord (JavaScript ${js ? 'aan' : 'uit'})`, async () => {
    const { context, page } = await open(HOOFDSTUK, { javaScriptEnabled: js });
    try {
      await tabNaar(page, 'button.term');
      const doel = await page.evaluate(() => document.activeElement.getAttribute('popovertarget'));
      const uitleg = page.locator(`[id="${doel}"]`);
      assert.equal(await uitleg.isVisible(), false);
      await page.keyboard.press('Enter');
      assert.equal(await uitleg.evaluate((e) => e.matches(':popover-open')), true);
      assert.ok(await uitleg.isVisible());
      assert.match(await uitleg.locator('a').getAttribute('href'), /^begrippen\.html#/);
      await page.keyboard.press('Escape');
      assert.equal(await uitleg.isVisible(), false);
      if (!js) {
        // Zonder JavaScript: filter verborgen, alle artikelen zichtbaar
        assert.equal(await page.locator('form[data-wetfilter]').isVisible(), false);
        assert.equal(await page.locator('article.artikel[hidden]').count(), 0);
      }
    } finally {
      await context.close();
    }
  });
}
