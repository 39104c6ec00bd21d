/**
 * Stands in for `webextension-polyfill` in unit tests (the real one refuses to load outside
 * an extension). Each test file that reaches `src/shared/browser.ts` adds:
 *   vi.mock('webextension-polyfill', () => import('<path>/test/setup/polyfill-module'));
 */
import { fakeBrowser } from '@webext-core/fake-browser';

export default fakeBrowser;
