import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, extensionLeaks, fixtureRoute, launch, until, type Session } from './harness';
import { seedData } from './panel-seed';

const GMAIL = 'https://mail.google.com/mail/u/0/';

describe.each(BROWSERS)('%s: the extension loads', (name) => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(name);
    session.route(fixtureRoute(GMAIL, 'test/fixtures/gmail/compose-new-2026-11-22.html'));
    // A thank-you due, so a blank new compose opens its panel by itself (other mail: the tab).
    await session.seed(seedData());
  });
  afterAll(async () => {
    await session?.close();
  });

  test('a panel docks beside a Gmail compose window and goes when it closes', async () => {
    const page = await session.open(`${GMAIL}#inbox`);
    expect(await session.panelCount(page)).toBe(0);

    await page.click('[gh=cm]');
    const panel = await session.panel(page);
    expect(await panel.text('h1')).toContain('Follow-Through');
    await until(
      async () =>
        page.evaluate(
          () => document.querySelector('ft-panel')!.getBoundingClientRect().width > 200,
        ),
      'the panel to open by itself',
    );

    const [compose, host] = (await page.evaluate(() =>
      ['[role=dialog]', 'ft-panel'].map((selector) => {
        const { left, right, top, bottom, width } = document
          .querySelector(selector)!
          .getBoundingClientRect();
        return { left, right, top, bottom, width };
      }),
    )) as { left: number; right: number; top: number; bottom: number; width: number }[] as [
      { left: number; right: number; top: number; bottom: number; width: number },
      { left: number; right: number; top: number; bottom: number; width: number },
    ];
    // Beside, not over: the panel ends where the compose begins.
    expect(host.width).toBeGreaterThan(200);
    expect(host.right).toBeLessThanOrEqual(compose.left);
    expect(host.bottom).toBeGreaterThan(compose.top);

    await page.click('[role=dialog] .Ha');
    await page.waitFor('ft-panel', { gone: true });
    await until(async () => (await session.panelCount(page)) === 0, 'panel frame gone');
    await page.close();
  });

  test('the popup and the options page open', async () => {
    const popup = await session.openPopup();
    expect(await popup.text('h1')).toContain('Follow-Through');
    const options = await session.openOptions();
    expect(await options.text('h1')).toContain('Follow-Through');
    await popup.close();
    await options.close();
  });

  test('the extension made no network request', () => {
    expect(extensionLeaks(session)).toEqual([]);
  });
});
