/**
 * Runs around every e2e test: a test during which the extension (or the fixture page) tried to
 * reach the network fails, naming the requests. The proxy and interception refuse them anyway;
 * this makes the attempt a failure instead of a silent refusal.
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import { afterEach, expect } from 'vitest';
import { extensionLeaks, openSessions } from './harness';

/** One line per test and browser, for the "requests from the extension" figure in `npm test`. */
export const REQUESTS_LOG = 'out/e2e-requests.jsonl';

afterEach(() => {
  mkdirSync('out', { recursive: true });
  for (const session of openSessions) {
    const leaks = extensionLeaks(session);
    appendFileSync(
      REQUESTS_LOG,
      `${JSON.stringify({ browser: session.name, requests: leaks.length })}\n`,
    );
    session.leaks.length = 0;
    expect(leaks, `network requests in ${session.name}`).toEqual([]);
  }
});
