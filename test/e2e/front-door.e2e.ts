/**
 * The first minutes with the product and everyday mail: the welcome page after install, the
 * sample notes it adds and takes away, the empty popup's one-keystroke way to the form, and a
 * panel that stays a small tab beside mail that is not a thank-you.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations } from './axe';
import { BROWSERS, fixtureRoute, launch, until, type Session, type View } from './harness';
import { GLORIA_EMAIL, GMAIL, GMAIL_FIXTURE, composeUrl, seedData } from './panel-seed';

const WELCOME = 'src/welcome/index.html';

/** The panel host's box in the page: 44 px wide as the tab, wider when open. */
function panelWidth(page: View): Promise<number> {
  return page.evaluate(() => {
    const host = document.querySelector('ft-panel');
    if (!host || getComputedStyle(host).display === 'none') return 0;
    return host.getBoundingClientRect().width;
  });
}

describe.each(BROWSERS)('%s: the front door', (name) => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(name);
    session.route(fixtureRoute(GMAIL, GMAIL_FIXTURE));
  });
  afterAll(async () => {
    await session?.close();
  });

  test('installing opens the welcome page', async (context) => {
    // Chromium lists every tab it has; Marionette only the windows it opened itself.
    if (name !== 'chromium') return context.skip();
    const url = `${session.base}${WELCOME}`;
    await until(
      async () => (await session.chromium().pages()).some((page) => page.url() === url),
      'the welcome tab',
    );
  });

  test('the empty popup: Enter opens the new-interview form', async () => {
    await session.seed({ interviews: [], templates: [], settings: seedData().settings });
    const popup = await session.openPopup();
    await until(
      () => popup.evaluate(() => document.activeElement?.id === 'new-interview'),
      'the New interview button to take the focus',
    );
    await popup.press('Enter');
    await popup.waitFor('#f-company');
    await popup.close();
  });

  test('welcome page: three steps, sample notes added and removed in one click each', async () => {
    // One interview of the user's own, which the samples must leave alone.
    await session.seed(seedData());
    const welcome = await session.open(`${session.base}${WELCOME}`);
    await welcome.waitFor('#sample-notes:not([disabled])');
    expect(await welcome.evaluate(() => document.querySelectorAll('.steps > li').length)).toBe(3);
    expect(await welcome.text('#sample-notes')).toBe('Try it with sample notes');
    expect(await axeViolations(welcome)).toEqual([]);
    if (name === 'chromium') {
      const page = session.chromiumPage(welcome);
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
      expect(await axeViolations(welcome)).toEqual([]);
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    }

    // By keyboard, as every action on the page must allow.
    await welcome.evaluate(() => document.getElementById('sample-notes')!.focus());
    await welcome.press('Enter');
    await welcome.waitForText('#sample-notes', 'Remove sample notes');
    await welcome.waitForText('[role=status]', 'Sample notes added');

    const popup = await session.openPopup();
    await popup.waitForText('.interview-list', 'Sample · Harbor Lane Books');
    expect(await popup.text('.interview-list')).toContain('Sample · Quarry Street Clinic');
    expect(await popup.text('.interview-list')).toContain('Fenwick & Rowe');
    expect(await popup.text('.due-list')).toContain('Jordan Ellis');
    expect(await axeViolations(popup)).toEqual([]);

    // One click in the popup takes every sample away, and nothing else.
    await popup.click('#remove-samples');
    await until(
      async () => !(await popup.text('.interview-list')).includes('Sample ·'),
      'the samples to go',
    );
    expect(await popup.text('.interview-list')).toContain('Fenwick & Rowe');
    await popup.waitFor('#remove-samples', { gone: true });
    await popup.close();
    // The welcome page follows the store: it offers the samples again.
    // (Chromium renders, and so clicks, only the tab in front.)
    if (name === 'chromium') await session.chromiumPage(welcome).bringToFront();
    await welcome.waitForText('#sample-notes', 'Try it with sample notes');

    // And the welcome page's own button removes them too.
    await welcome.click('#sample-notes');
    await welcome.waitForText('#sample-notes', 'Remove sample notes');
    await welcome.click('#sample-notes');
    await welcome.waitForText('[role=status]', 'Sample notes removed');
    const after = await session.openPopup();
    await after.waitForText('.interview-list', 'Fenwick & Rowe');
    expect(await after.text('.interview-list')).not.toContain('Sample ·');
    expect(await after.evaluate(() => document.getElementById('remove-samples'))).toBe(null);
    await after.close();
    await welcome.close();
  });

  test('mail to someone who is not a saved interviewer shows only the tab', async () => {
    // Gloria's thank-you is due, but this message is to a friend.
    await session.seed(seedData());
    const page = await session.open(composeUrl('sam.rivera@friends.example'));
    const panel = await session.panel(page);
    // The notes are loaded and nobody in the To is an interviewer.
    await panel.waitForText('[role=status]', 'Pick the interviewer');
    await panel.waitFor('#ft-expand');
    expect(await panelWidth(page)).toBe(44);
    expect(await panel.evaluate(() => document.querySelector('#ft-insert') === null)).toBe(true);
    // The user adds the interviewer: now it is a thank-you, and the panel opens by itself.
    await page.type('[role=dialog] input[role=combobox]', `${GLORIA_EMAIL},`);
    await panel.waitFor('#ft-insert');
    await until(async () => (await panelWidth(page)) > 200, 'the panel to open by itself');
    await page.close();
  });

  test("the user's choice stands: a folded panel stays folded while the To changes", async () => {
    await session.seed(seedData());
    const page = await session.open(composeUrl(GLORIA_EMAIL));
    const panel = await session.panel(page);
    await panel.waitFor('#ft-collapse');
    await panel.click('#ft-collapse');
    await until(async () => (await panelWidth(page)) === 44, 'folded to the tab');
    // Another interviewer's address joins the To: the panel would open for it by itself.
    await page.type('[role=dialog] input[role=combobox]', 'mwebb@fenwickrowe.example,');
    await page.waitFor('[role=dialog] [data-hovercard-id="mwebb@fenwickrowe.example"]');
    await panel.waitFor('#ft-expand');
    expect(await panelWidth(page)).toBe(44);
    // Opening it again is the user's choice too.
    await panel.click('#ft-expand');
    await until(async () => (await panelWidth(page)) > 200, 'opened again');
    await page.close();
  });
});
