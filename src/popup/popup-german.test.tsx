// @vitest-environment happy-dom
/**
 * The popup in German with no code of its own: the fake browser answers from
 * `_locales/de/messages.json`, and the due list, its times and the interview list read German.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { demoData } from '../../test/tools/demo-data';
import { startExtension } from '../../test/setup/fake-extension';
import { MemoryStorage } from '../../test/setup/memory-storage';
import type { Store } from '../shared/store';
import { englishLeftIn, installMessages } from '../ui/i18n.test-helpers';
import { $, flushUi, mount } from '../ui/render.test-helpers';
import { PopupApp } from './popup-app';

vi.mock('webextension-polyfill', () => import('../../test/setup/polyfill-module'));

const NOW = new Date('2026-05-13T15:20:00Z');

describe('the popup in German', () => {
  let store: Store;
  let unmount: () => void = () => undefined;

  beforeEach(() => {
    const ext = startExtension();
    installMessages('de');
    store = ext.client({ path: 'src/popup/index.html' });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    unmount();
    store.dispose();
    installMessages('en');
  });

  test('the due list and the interviews read German', async () => {
    await store.ready;
    await store.importData(demoData(NOW, 'America/New_York'), 'replace');
    const api = {
      tabs: { create: async () => ({}) },
      runtime: { openOptionsPage: async () => undefined, getURL: (p: string) => p },
    };
    const page = mount(
      <PopupApp
        store={store}
        api={api as never}
        now={() => NOW}
        memory={new MemoryStorage()}
        link={null}
      />,
    );
    unmount = page.unmount;
    await flushUi();
    const due = $(page.root, '.due-list').textContent ?? '';
    expect(due).toContain('Dankesnachricht an Dana Whitfield');
    expect(due).toMatch(/seit 6 Std\. \d+ Min\. überfällig/);
    expect(due).toMatch(/noch 4 Std\. \d+ Min\./);
    expect(due).toContain('Bei Cobalt Robotics nachfassen');
    expect($(page.root, '.interview-list').textContent).toContain('Abgeschlossen: Absage');
    expect(englishLeftIn(page.root.textContent ?? '')).toEqual([]);
  });
});
