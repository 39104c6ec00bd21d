/**
 * The store against the real background in a real browser: a write from an extension page
 * goes through the service worker and reads back; concurrent edits merge; a content script
 * can neither read storage nor write through the background, so a compromised mail page cannot
 * reach the notes.
 *
 * The write path runs in both browsers. The content-script half is Chromium's: Firefox cannot
 * close storage.local to content scripts (setAccessLevel exists only for storage.session there),
 * and its content-script world is not reachable from the harness.
 */
import type { CDPSession, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sampleInterview } from '../../src/core/model/fixtures.test-helpers';
import type { PutReply } from '../../src/shared/messages';
import { BROWSERS, fixtureRoute, launch, until, type Session } from './harness';

const GMAIL = 'https://mail.google.com/mail/u/0/';

/** A reply as it crosses the wire, loosely: the assertions check its shape. */
type RawReply = { ok: boolean; code?: string; value: PutReply };

/** The slice of the extension API these page scripts use (no @types/chrome in the project). */
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<RawReply> };
  storage: { local: { get(keys: string | null): Promise<Record<string, unknown>> } };
};

/** The content script's isolated world in `page`, found over CDP (not reachable otherwise). */
async function contentScriptWorld(
  page: Page,
  base: string,
): Promise<{ cdp: CDPSession; contextId: number }> {
  const cdp = await page.createCDPSession();
  const worlds: number[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = context.auxData as { type?: string } | undefined;
    if (
      aux?.type === 'isolated' &&
      (context.origin.startsWith(base.slice(0, -1)) || context.name === 'Follow-Through')
    ) {
      worlds.push(context.id);
    }
  });
  await cdp.send('Runtime.enable');
  const contextId = (await until(() => worlds.at(-1), 'the content script world')) as number;
  return { cdp, contextId };
}

async function evaluateIn<T>(
  world: { cdp: CDPSession; contextId: number },
  expression: string,
): Promise<T> {
  const { result, exceptionDetails } = await world.cdp.send('Runtime.evaluate', {
    expression,
    contextId: world.contextId,
    awaitPromise: true,
    returnByValue: true,
  });
  if (exceptionDetails) throw new Error(exceptionDetails.text);
  return result.value as T;
}

describe.each(BROWSERS)('%s: the store', (name) => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(name);
    session.route(fixtureRoute(GMAIL, 'test/fixtures/gmail/compose-new-2026-11-22.html'));
  });
  afterAll(async () => {
    await session?.close();
  });

  test('an extension page writes through the background and reads it back; concurrent edits merge', async () => {
    const options = await session.openOptions();
    const result = await options.evaluate(
      async (interview) => {
        const send = (payload: unknown) =>
          chrome.runtime.sendMessage({ type: 'ui-bg-put', payload });
        const first = await send({ key: 'interview:e2e-1', base: null, next: interview });
        const r1 = first.value.record;
        // Two edits based on the same revision, as from two surfaces at once.
        const [a, b] = await Promise.all([
          send({ key: 'interview:e2e-1', base: r1, next: { ...r1, role: 'Area Manager' } }),
          send({ key: 'interview:e2e-1', base: r1, next: { ...r1, notes: 'Ask about Q3' } }),
        ]);
        const stored = (await chrome.storage.local.get('interview:e2e-1'))['interview:e2e-1'];
        return { first, a, b, stored };
      },
      sampleInterview({ id: 'e2e-1', rev: 0 }),
    );
    expect(result.first).toMatchObject({ ok: true, value: { merged: false, record: { rev: 1 } } });
    expect([result.a.value.merged, result.b.value.merged].sort()).toEqual([false, true]);
    expect(result.stored).toMatchObject({
      id: 'e2e-1',
      role: 'Area Manager',
      notes: 'Ask about Q3',
      rev: 3,
    });
    await options.close();
  });

  test.runIf(name === 'chromium')(
    'a content script can neither read storage nor write through the background',
    async () => {
      const view = await session.open(`${GMAIL}#inbox`);
      const page = session.chromiumPage(view);
      const world = await contentScriptWorld(page, session.base);
      const read = await evaluateIn<string>(
        world,
        `chrome.storage.local.get(null).then(() => 'read', (e) => 'refused: ' + e.message)`,
      );
      expect(read).toMatch(/^refused: .*not allowed/i);
      const write = await evaluateIn<{ ok: boolean; code?: string }>(
        world,
        `chrome.runtime.sendMessage(${JSON.stringify({
          type: 'ui-bg-delete',
          payload: { key: 'interview:e2e-1' },
        })})`,
      );
      expect(write).toMatchObject({ ok: false, code: 'forbidden' });
      await page.close();

      const options = await session.openOptions();
      const still = await options.evaluate(async () =>
        Object.keys(await chrome.storage.local.get(null)),
      );
      expect(still).toContain('interview:e2e-1');
      await options.close();
    },
  );
});
