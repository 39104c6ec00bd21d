import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { startExtension, type Extension } from '../../test/setup/fake-extension';
import { MemoryStorage } from '../../test/setup/memory-storage';
import { defaultSettings } from '../core/model/defaults';
import { SETTINGS_KEY } from '../shared/store-keys';
import type { Store } from '../shared/store';
import { LEGACY_MAIL_CLIENT_KEY, migrateMailClient } from './mail-client';

vi.mock('webextension-polyfill', () => import('../../test/setup/polyfill-module'));

describe('moving the mail client from localStorage to Settings', () => {
  let ext: Extension;
  let store: Store;
  beforeEach(() => {
    ext = startExtension();
    store = ext.client({ path: 'src/options/index.html' });
  });
  afterEach(() => store.dispose());

  const stored = async () =>
    ((await ext.dump())[SETTINGS_KEY] as { mailClient?: string } | undefined)?.mailClient;

  test.each([
    // [old localStorage value, settings before, settings after, writes]
    ['outlook', 'gmail', 'outlook', 1],
    ['outlook', 'outlook', 'outlook', 0],
    ['gmail', 'gmail', 'gmail', 0],
    ['gmail', 'outlook', 'outlook', 0],
    ['garbage', 'gmail', 'gmail', 0],
    [null, 'outlook', 'outlook', 0],
  ] as const)('old %s, settings %s → %s', async (old, before, after, writes) => {
    const settings = { ...defaultSettings('2026-04-01T00:00:00Z'), mailClient: before };
    if (before !== 'gmail') await store.saveSettings(settings);
    await store.flush();
    const memory = new MemoryStorage();
    if (old !== null) memory.setItem(LEGACY_MAIL_CLIENT_KEY, old);
    const sentBefore = ext.sent.length;

    await migrateMailClient(store, memory);
    await store.flush();

    expect(store.settings.value.mailClient).toBe(after);
    expect(ext.sent.length - sentBefore).toBe(writes);
    if (writes) expect(await stored()).toBe(after);
    // Once: the old key is gone, so a second page load writes nothing.
    expect(memory.getItem(LEGACY_MAIL_CLIENT_KEY)).toBeNull();
    await migrateMailClient(store, memory);
    expect(ext.sent.length - sentBefore).toBe(writes);
  });

  test('a failed save keeps the old key, so the next load tries again', async () => {
    const memory = new MemoryStorage();
    memory.setItem(LEGACY_MAIL_CLIENT_KEY, 'outlook');
    const failing = {
      ...store,
      saveSettings: vi.fn(async () => Promise.reject(new Error('quota'))),
    };
    await expect(migrateMailClient(failing, memory)).rejects.toThrow('quota');
    expect(memory.getItem(LEGACY_MAIL_CLIENT_KEY)).toBe('outlook');
  });

  test('blocked localStorage changes nothing', async () => {
    const blocked = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      removeItem: () => undefined,
    };
    await migrateMailClient(store, blocked);
    expect(store.settings.value.mailClient).toBe('gmail');
  });
});
