/**
 * Runs around every e2e test: a test during which the extension (or the fixture page) tried to
 * reach the network fails, naming the requests. The proxy and interception refuse them anyway;
 * this makes the attempt a failure instead of a silent refusal.
 */
import { afterEach, expect } from 'vitest';
import { extensionLeaks, openSessions } from './harness';

afterEach(() => {
  for (const session of openSessions) {
    const leaks = extensionLeaks(session);
    session.leaks.length = 0;
    expect(leaks, `network requests in ${session.name}`).toEqual([]);
  }
});
