import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { fake, settle } from '../../test/setup/fake-extension';
import { closeStorageToContentScripts } from './close-storage';
import { startStore } from './store-service';

vi.mock('webextension-polyfill', () => import('../../test/setup/polyfill-module'));

describe('the background store service', () => {
  let setAccessLevel: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    fakeBrowser.reset();
    setAccessLevel = vi.fn(async () => undefined);
    Object.assign(fakeBrowser.storage.local, { setAccessLevel });
  });

  test('closes storage to content scripts at start, on install and on browser start', async () => {
    const stop = startStore(fake);
    expect(setAccessLevel).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.1' });
    await fakeBrowser.runtime.onStartup.trigger();
    await settle();
    expect(setAccessLevel).toHaveBeenCalledTimes(3);
    stop();
  });

  test('runs migrations on install and on start', async () => {
    await fake.storage.local.set({
      'interview:old': {
        id: 'old',
        company: 'A',
        role: 'B',
        when: '2026-04-07T10:00:00-04:00',
        interviewers: [],
      },
    });
    const stop = startStore(fake);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.1' });
    await settle();
    expect((await fake.storage.local.get('interview:old'))['interview:old']).toMatchObject({
      schemaVersion: 1,
    });
    await fakeBrowser.runtime.onStartup.trigger();
    await settle();
    expect((await fake.storage.local.get(null)).meta).toMatchObject({ schemaVersion: 1 });
    stop();
  });

  test('Firefox: no setAccessLevel on storage.local is not an error', async () => {
    const area = { get: vi.fn() } as unknown as Parameters<typeof closeStorageToContentScripts>[0];
    expect(await closeStorageToContentScripts(area)).toBe(false);
    const refusing = {
      setAccessLevel: vi.fn(async () => Promise.reject(new Error('not for local'))),
    };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await closeStorageToContentScripts(refusing as unknown as typeof area)).toBe(false);
    warn.mockRestore();
  });

  test('answers page messages through the registered listener', async () => {
    const stop = startStore(fake);
    const sender = { id: fake.runtime.id, url: fake.runtime.getURL('src/popup/index.html') };
    const [reply] = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'ui-bg-delete', payload: { key: 'interview:nope' } },
      sender,
      () => undefined,
    );
    expect(await reply).toEqual({ ok: true, value: { deleted: false } });
    stop();
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
  });
});
