import { describe, expect, test } from 'vitest';
import { startWelcome } from './welcome';

function fakeApi() {
  const listeners: ((details: { reason: string }) => void)[] = [];
  const opened: string[] = [];
  const api = {
    runtime: {
      getURL: (path: string) => `chrome-extension://id/${path}`,
      onInstalled: { addListener: (l: (details: { reason: string }) => void) => listeners.push(l) },
    },
    tabs: {
      create: async ({ url }: { url: string }) => {
        opened.push(url);
        return {};
      },
    },
  };
  return { api, opened, fire: (reason: string) => listeners.forEach((l) => l({ reason })) };
}

describe('welcome page', () => {
  test('opens on first install only', () => {
    const { api, opened, fire } = fakeApi();
    startWelcome(api as never);
    fire('update');
    fire('browser_update');
    expect(opened).toEqual([]);
    fire('install');
    expect(opened).toEqual(['chrome-extension://id/src/welcome/index.html']);
  });
});
