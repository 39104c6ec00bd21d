// Types only, erased at build: the polyfill itself never enters the content script.
// eslint-disable-next-line no-restricted-imports
import type { Browser } from 'webextension-polyfill';

/**
 * The extension API in the content script. Firefox and Chrome (from 148) both expose `browser`
 * natively; the content script skips webextension-polyfill to stay within its size budget
 * (it loads into every mail page before the user asks for anything), and uses only calls whose
 * shape is the same in both.
 */
export const ext: Browser =
  (globalThis as unknown as { browser?: Browser; chrome: Browser }).browser ??
  (globalThis as unknown as { chrome: Browser }).chrome;

/** An extension port, typed from the API itself (no import of the polyfill's types needed). */
export type Port = Parameters<Parameters<Browser['runtime']['onConnect']['addListener']>[0]>[0];

/** False once the extension was updated or removed under a running page. */
export function isExtensionAlive(): boolean {
  try {
    return Boolean(ext.runtime?.id);
  } catch {
    return false;
  }
}
