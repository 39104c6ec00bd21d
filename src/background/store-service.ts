/**
 * Wires the single writer to the browser: message handlers, and the install/start work
 * (close storage to content scripts, run migrations). Listeners are added synchronously when
 * the worker starts, as MV3 requires for events that wake it.
 */
import type browser from '../shared/browser';
import { handle, type Handlers } from '../shared/messages';
import { closeStorageToContentScripts } from './close-storage';
import { createRecordWriter, type RecordWriter } from './record-writer';

type Browser = typeof browser;

export function storeHandlers(writer: RecordWriter): Handlers {
  return {
    'ui-bg-put': (payload) => writer.put(payload),
    'ui-bg-delete': ({ key }) => writer.remove(key),
    'ui-bg-set-aside': ({ keys }) => writer.setAside(keys),
    'ui-bg-import': ({ data, mode }) => writer.importData(data, mode),
    'ui-bg-delete-everything': () => writer.deleteEverything(),
  };
}

/** Starts the store's background half; returns a function that removes its listeners. */
export function startStore(
  api: Browser,
  writer = createRecordWriter(api.storage.local),
): () => void {
  const prepare = async (): Promise<void> => {
    await closeStorageToContentScripts(api.storage.local);
    try {
      const report = await writer.migrateAll();
      if (report.setAside.length) {
        console.warn('[Follow-Through] records set aside at start', report.setAside);
      }
    } catch (error) {
      console.warn('[Follow-Through] migration failed; will retry at next start', error);
    }
  };
  const onEvent = () => void prepare();
  // Also at every worker start: onStartup does not fire when the worker merely wakes.
  void closeStorageToContentScripts(api.storage.local);
  api.runtime.onInstalled.addListener(onEvent);
  api.runtime.onStartup.addListener(onEvent);
  const stopHandling = handle(storeHandlers(writer), api);
  return () => {
    api.runtime.onInstalled.removeListener(onEvent);
    api.runtime.onStartup.removeListener(onEvent);
    stopHandling();
  };
}
