/**
 * What a hostile mail page can and cannot do to the panel: page scripts can't make it insert
 * (an untrusted click, window messages, a faded page: clickjacking as in
 * https://marektoth.com/blog/dom-based-extension-clickjacking/), and note text holding markup is
 * shown and inserted as literal text.
 */
import { clickInsert } from './steps';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, fixtureRoute, launch, until, type Session } from './harness';
import { GLORIA_EMAIL, GMAIL, GMAIL_FIXTURE, composeUrl, seedData } from './panel-seed';

const BODY = '[role=dialog] [g_editable=true]';
const PAYLOAD = '<img src=x onerror=alert(1)>';

describe.each(BROWSERS)('%s: the panel against a hostile page', (name) => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(name);
    session.route(fixtureRoute(GMAIL, GMAIL_FIXTURE));
    await session.seed(seedData(PAYLOAD));
  });
  afterAll(async () => {
    await session?.close();
  });

  test('page scripts cannot make it insert; a trusted click then inserts markup as text', async () => {
    const page = await session.open(composeUrl(GLORIA_EMAIL));
    const panel = await session.panel(page);
    await panel.waitForText('#ft-preview-body', PAYLOAD);
    expect(await panel.evaluate(() => document.querySelectorAll('img, svg').length)).toBe(0);

    // The page's own world. The panel sits in a closed shadow tree, so it is not even among
    // `window.frames`; the page posts to whatever windows it can reach, and clicks everything.
    const framesSeen = await page.evaluate(() => {
      const targets = [
        window,
        ...Array.from({ length: window.frames.length }, (_, i) => window.frames[i]!),
      ];
      for (const target of targets) {
        for (const type of ['insert', 'ft-insert'])
          target.postMessage({ type, subject: 'x', to: 'x@evil.example', body: 'pwned' }, '*');
      }
      document.querySelectorAll<HTMLElement>('ft-panel, iframe, button').forEach((el) => {
        if (!el.closest('[role=dialog]')) el.click();
      });
      return window.frames.length;
    });
    expect(framesSeen).toBe(0);
    // A script inside the panel's own document stands in for anything that isn't a person.
    await panel.evaluate(() => document.querySelector<HTMLButtonElement>('#ft-insert')!.click());
    await panel.waitForText('#ft-insert-result', 'Nothing was inserted');
    expect(await page.text(BODY)).not.toContain('Dear Gloria');
    expect(await page.text(BODY)).not.toContain('pwned');

    await clickInsert(panel);
    await panel.waitForText('#ft-insert-result', 'Inserted');
    await until(async () => (await page.text(BODY)).includes(PAYLOAD), 'the literal payload');
    expect(await page.evaluate(() => document.querySelectorAll('[role=dialog] img').length)).toBe(
      0,
    );
    await page.close();
  });

  test('a faded page (html{opacity:.01}) makes insert refuse', async () => {
    const page = await session.open(composeUrl(GLORIA_EMAIL));
    const panel = await session.panel(page);
    await panel.waitForText('#ft-preview-body', 'Dear Gloria,');
    await page.evaluate(() => {
      document.documentElement.style.opacity = '0.01';
    });
    await panel.click('#ft-insert');
    await panel.waitForText('[role=alert]', "Couldn't insert the draft");
    expect(await page.text(BODY)).not.toContain('Dear Gloria');
    await page.close();
  });
});
