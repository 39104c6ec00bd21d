/**
 * Opens the welcome page once, when the extension is first installed (not on updates or
 * browser updates, which would bring it back to someone who already knows the product).
 */
import type browser from '../shared/browser';

export const WELCOME_PAGE = 'src/welcome/index.html';

type Api = Pick<typeof browser, 'runtime' | 'tabs'>;

export function startWelcome(api: Api): void {
  api.runtime.onInstalled.addListener((details) => {
    if (details.reason !== 'install') return;
    void api.tabs.create({ url: api.runtime.getURL(WELCOME_PAGE) }).catch((error: unknown) => {
      console.warn('[Follow-Through] could not open the welcome page', error);
    });
  });
}
