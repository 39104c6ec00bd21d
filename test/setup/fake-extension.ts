/**
 * The extension in one process for unit tests: `@webext-core/fake-browser`'s in-memory
 * storage (with `storage.onChanged`), the real background writer behind the real router, and
 * any number of extension-page clients whose `runtime.sendMessage` reaches that router with
 * the sender a real page would have. The fake's own sendMessage passes an empty sender,
 * which our router (rightly) refuses, hence the wiring here.
 */
import { installMessages } from '../../src/ui/i18n.test-helpers';
import { fakeBrowser } from '@webext-core/fake-browser';
import { vi } from 'vitest';
import { createRecordWriter, type RecordWriter } from '../../src/background/record-writer';
import { storeHandlers } from '../../src/background/store-service';
import type browser from '../../src/shared/browser';
import type { Runtime } from '../../src/shared/browser';
import { createRouter } from '../../src/shared/messages';
import { createStore, type Store, type StoreOptions } from '../../src/shared/store';
import { MemoryStorage } from './memory-storage';

export type Browser = typeof browser;
export const fake = fakeBrowser as unknown as Browser;

export interface Extension {
  writer: RecordWriter;
  router: ReturnType<typeof createRouter>;
  /** Messages sent by pages, in order (for asserting what reached the background). */
  sent: unknown[];
  /** Flip to make every page's sendMessage fail as if the service worker were gone. */
  unreachable: boolean;
  /** The browser API as an extension page at `path` sees it. */
  pageApi(path?: string): Browser;
  /** A store for an extension page; `stash` defaults to a fresh in-memory localStorage. */
  client(options?: StoreOptions & { path?: string }): Store;
  /** Raw stored values, as the browser holds them. */
  dump(): Promise<Record<string, unknown>>;
}

export function pageSender(path = 'src/options/index.html'): Runtime.MessageSender {
  return { id: fake.runtime.id, url: fake.runtime.getURL(path) };
}

/** Resets the fake and starts a background; call in `beforeEach`. */
export function startExtension(): Extension {
  // Spies on the fake's storage (quota tests) would otherwise outlive their test.
  vi.restoreAllMocks();
  fakeBrowser.reset();
  installMessages();
  // The fake lists setAccessLevel but throws "not mocked"; Chrome's resolves.
  Object.assign(fakeBrowser.storage.local, { setAccessLevel: vi.fn(async () => undefined) });
  const writer = createRecordWriter(
    fake.storage.local,
    () => new Date(),
    () => undefined,
  );
  const router = createRouter(storeHandlers(writer), fake);
  const stores: Store[] = [];
  const extension: Extension = {
    writer,
    router,
    sent: [],
    unreachable: false,
    pageApi(path) {
      const sender = pageSender(path);
      const runtime = {
        ...fake.runtime,
        id: fake.runtime.id,
        getURL: fake.runtime.getURL,
        // A real message is serialized on the way: no shared objects between page and worker.
        sendMessage: async (message: unknown) => {
          if (extension.unreachable) {
            throw new Error('Could not establish connection. Receiving end does not exist.');
          }
          const copy: unknown = JSON.parse(JSON.stringify(message));
          extension.sent.push(copy);
          return JSON.parse(JSON.stringify(await router(copy, sender)));
        },
      };
      return { ...fake, runtime } as unknown as Browser;
    },
    client({ path, ...options } = {}) {
      const store = createStore(extension.pageApi(path), {
        stash: new MemoryStorage(),
        retryDelays: [5],
        ...options,
      });
      stores.push(store);
      return store;
    },
    dump: () => fake.storage.local.get(null),
  };
  return extension;
}

/** Lets pending promise chains (replies, change events) run. */
export async function settle(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise((done) => setTimeout(done, 0));
}
