/**
 * Firefox's panel talks to its compose through the background (an extension frame in a page has
 * no `tabs` API there), and Firefox stops an idle background after a while, dropping the port.
 * With the idle timeout cut to 1.5 s, the panel must still follow the draft long after.
 */
import { afterAll, beforeAll, describe, test } from 'vitest';
import { BROWSERS, fixtureRoute, launch, until, type Session } from './harness';
import { GLORIA_EMAIL, GMAIL, GMAIL_FIXTURE, composeUrl, seedData } from './panel-seed';

const BODY = '[role=dialog] [g_editable=true]';

describe.runIf(BROWSERS.includes('firefox'))(
  'firefox: the panel outlives an idle background',
  () => {
    let session: Session;
    beforeAll(async () => {
      session = await launch('firefox', {
        firefoxPrefs: { 'extensions.background.idle.timeout': 1500 },
      });
      session.route(fixtureRoute(GMAIL, GMAIL_FIXTURE));
      await session.seed(seedData());
    });
    afterAll(async () => {
      await session?.close();
    });

    test('typing after the background idled out still updates the checks', async () => {
      const page = await session.open(composeUrl(GLORIA_EMAIL));
      const panel = await session.panel(page);
      await panel.waitForText('.pick-who', 'Gloria Benavides');
      // Several idle timeouts pass with nothing happening; the background is stopped meanwhile.
      await new Promise((done) => setTimeout(done, 5000));
      await page.type(BODY, 'Dear Gloria, thank you for the tour of the store today.');
      await until(
        async () => /\b1[0-9] words/.test(await panel.text('[role=status]')),
        'the panel to count the typed words',
        15_000,
      );
      await page.close();
    });
  },
);
