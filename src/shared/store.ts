/**
 * The store every extension page (popup, options, panel) reads and writes through:
 * storage-backed `ReadonlySignal`s that change only through the
 * actions below. It reads `storage.local` once, then follows `storage.onChanged`, so a change
 * made in one surface shows in all of them. Writes are optimistic: the signals change at
 * once, the background (the single writer) stores the change, and its reply or the change
 * event reconciles.
 *
 * Nothing is lost when storage fails: the change stays in memory and in the page's stash
 * (store-stash.ts), `status.error` says what happened in plain words, and the write is
 * retried with back-off until it lands.
 */
import { batch, computed, signal, type ReadonlySignal } from '@preact/signals';
import { defaultSettings } from '../core/model/defaults';
import {
  exportData,
  parseImport,
  type ExportData,
  type ExportFile,
} from '../core/model/export-file';
import { isFromNewerVersion } from '../core/model/migrations';
import { LIMITS, validateRecord } from '../core/model/schema';
import type {
  Interview,
  InterviewOutcome,
  SentNote,
  Settings,
  StoredRecord,
  Template,
} from '../core/model/types';
import { BUILT_IN_TEMPLATES, builtInTemplates } from '../core/templates/built-in-templates';
import { newId } from '../core/model/ids';
import browser from './browser';
import { MessageError, sendToBackground } from './messages';
import {
  SETTINGS_KEY,
  interviewKey,
  isCorruptKey,
  keyOf,
  recordKindOf,
  templateKey,
} from './store-keys';
import { loadStored } from './store-records';
import { createStash, defaultStashStorage, type StashStorage } from './store-stash';

type Browser = typeof browser;

export interface StoreStatus {
  loading: boolean;
  error: string | null;
  pendingWrites: number;
}

export type ImportPreview =
  | { ok: true; counts: { interviews: number; templates: number }; data: ExportData }
  | { ok: false; errors: string[] };

export interface Store {
  /** Most recent first (by `when`). */
  readonly interviews: ReadonlySignal<Interview[]>;
  /** Built-ins (shipped text, or the user's saved edit of it), then the user's own by name. */
  readonly templates: ReadonlySignal<Template[]>;
  /** Defaults until loaded. */
  readonly settings: ReadonlySignal<Settings>;
  readonly status: ReadonlySignal<StoreStatus>;
  /** `corrupt:…` keys: records that could not be read, kept aside rather than dropped. */
  readonly setAside: ReadonlySignal<string[]>;
  /** Resolves once storage was read (also when reading failed: see `status.error`). */
  ready: Promise<void>;
  /**
   * Stores `next`; its `rev` names the version the edit started from, and a concurrent
   * change is merged in. Like every write, resolves once stored or safely queued for retry
   * (then `status.error` says why); rejects only when the record itself is invalid.
   */
  saveInterview(next: Interview): Promise<void>;
  updateInterview(id: string, change: (current: Interview) => Interview): Promise<void>;
  deleteInterview(id: string): Promise<void>;
  /** Appends to the interviewer's history; a thank-you or card also sets `thankedAt`. */
  recordSent(interviewId: string, interviewerId: string, note: SentNote): Promise<void>;
  setOutcome(interviewId: string, outcome: InterviewOutcome | undefined): Promise<void>;
  saveTemplate(template: Template): Promise<void>;
  /** A built-in back to its shipped text (its saved edit is removed). */
  resetTemplate(id: string): Promise<void>;
  /** Removes a user template; for a built-in (which can't go) this is `resetTemplate`. */
  deleteTemplate(id: string): Promise<void>;
  saveSettings(next: Settings): Promise<void>;
  exportAll(): Promise<ExportFile>;
  previewImport(json: unknown): ImportPreview;
  /** All or nothing: a bad file changes nothing, and each error names its field. */
  importData(
    json: unknown,
    mode: 'merge' | 'replace',
  ): Promise<{ ok: true } | { ok: false; errors: string[] }>;
  deleteEverything(): Promise<void>;
  /** Resolves when no write is pending (retries included). */
  flush(): Promise<void>;
  dispose(): void;
}

export interface StoreOptions {
  /** Where unsaved changes wait; defaults to the page's `localStorage`. */
  stash?: StashStorage | null;
  now?: () => Date;
  /** Back-off between retries of a failed write, in ms; the last repeats. */
  retryDelays?: readonly number[];
}

type Write = { op: 'put'; base: StoredRecord | null; next: StoredRecord } | { op: 'delete' };

interface Pending {
  /** Stash entry id; a new one each time the write changes. */
  id: string;
  write: Write;
  at: string;
  settle: { resolve(): void; reject(error: Error): void }[];
}

interface KeyQueue {
  inflight: Pending | null;
  queued: Pending | null;
}

const HISTORY_DEPTH = 8;
const BUILT_IN_IDS = new Set(BUILT_IN_TEMPLATES.map((t) => t.id));

/** Plain words for the error line; the technical text goes to the console. */
export function describeFailure(error: unknown): string {
  if (!(error instanceof MessageError)) {
    return 'Something went wrong while saving. Your change is kept on this page and will be retried.';
  }
  switch (error.code) {
    case 'quota':
      return "Follow-Through's storage is full, so your last change isn't saved yet. It is kept on this page and will be retried; exporting and deleting old interviews frees space.";
    case 'storage':
      return "The browser couldn't save your last change. It is kept on this page and will be retried.";
    case 'unreachable':
    case 'internal':
      return "Follow-Through's background service didn't answer, so your last change isn't saved yet. It is kept on this page and will be retried.";
    case 'invalid':
    case 'too-large':
      return `This change can't be saved: ${error.errors[0] ?? error.message}`;
    default:
      return `This change can't be saved here (${error.message}).`;
  }
}

const UNSTASHED =
  'No spare copy could be kept in case this window closes, so keep it open until it says All changes saved.';

/** Plain words for records a newer build wrote, which this copy leaves alone. */
export function newerNotice(count: number): string | null {
  if (!count) return null;
  return `${
    count === 1 ? 'One saved item was' : `${count} saved items were`
  } saved by a newer version of Follow-Through, so this copy doesn't show ${
    count === 1 ? 'it' : 'them'
  }. Nothing was changed or deleted: update the extension to see ${count === 1 ? 'it' : 'them'} again.`;
}

export function createStore(api: Browser = browser, options: StoreOptions = {}): Store {
  const now = options.now ?? (() => new Date());
  const retryDelays = options.retryDelays ?? [1000, 2000, 5000, 15_000, 30_000];
  const stash = createStash(options.stash === undefined ? defaultStashStorage() : options.stash);
  const builtIns = builtInTemplates();

  const confirmed = new Map<string, StoredRecord>();
  const history = new Map<string, StoredRecord[]>();
  const queues = new Map<string, KeyQueue>();
  const asideKeys = new Set<string>();
  /** Records a newer build wrote: not shown, not touched, still in storage. */
  const newerKeys = new Set<string>();
  let loading = true;
  let loadError: string | null = null;
  let writeError: string | null = null;
  let corruptNotice: string | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let failures = 0;
  let disposed = false;

  const interviews = signal<Interview[]>([]);
  const templates = signal<Template[]>(builtIns);
  const settings = signal<Settings>(defaultSettings());
  const status = signal<StoreStatus>({ loading: true, error: null, pendingWrites: 0 });
  const setAside = signal<string[]>([]);

  /** What the user should see for `key`: their pending change, else what is stored. */
  const view = (key: string): StoredRecord | undefined => {
    const queue = queues.get(key);
    const latest = queue?.queued ?? queue?.inflight;
    if (latest) return latest.write.op === 'put' ? latest.write.next : undefined;
    return confirmed.get(key);
  };

  const publish = (): void => {
    const all: StoredRecord[] = [];
    for (const key of new Set([...confirmed.keys(), ...queues.keys()])) {
      const record = view(key);
      if (record) all.push(record);
    }
    const saved = new Map(
      all.filter((r): r is Template => r.kind === 'template').map((t) => [t.id, t]),
    );
    batch(() => {
      interviews.value = all
        .filter((r): r is Interview => r.kind === 'interview')
        .sort((a, b) => Date.parse(b.when) - Date.parse(a.when) || a.id.localeCompare(b.id));
      templates.value = [
        ...builtIns.map((t) => saved.get(t.id) ?? t),
        ...[...saved.values()]
          .filter((t) => !BUILT_IN_IDS.has(t.id))
          .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)),
      ];
      settings.value =
        (all.find((r) => r.kind === 'settings') as Settings | undefined) ?? defaultSettings();
      setAside.value = [...asideKeys].sort();
      status.value = {
        loading,
        error: writeError ?? loadError ?? corruptNotice ?? newerNotice(newerKeys.size),
        pendingWrites: [...queues.values()].filter((q) => q.inflight || q.queued).length,
      };
    });
  };

  const remember = (key: string, record: StoredRecord): void => {
    const current = confirmed.get(key);
    // A reply can arrive after the change event of a later write: never step back.
    if (current && current.rev > record.rev) return;
    confirmed.set(key, record);
    const seen = (history.get(key) ?? []).filter((r) => r.rev !== record.rev);
    history.set(key, [record, ...seen].slice(0, HISTORY_DEPTH));
  };

  // --- reading --------------------------------------------------------------------------

  const corruptFound = new Set<string>();
  const reportCorrupt = (keys: string[]): void => {
    const count = keys.length;
    corruptNotice = `${count === 1 ? 'One saved item' : `${count} saved items`} couldn't be read. ${
      count === 1 ? 'It was' : 'They were'
    } set aside, not deleted; nothing else is affected.`;
    sendToBackground('ui-bg-set-aside', { keys }, api).then(
      ({ setAside: moved }) => {
        moved.forEach((key) => asideKeys.add(key));
        publish();
      },
      (error) => console.warn('[Follow-Through] could not set aside', keys, error),
    );
  };

  const ingest = (key: string, raw: unknown): void => {
    if (isCorruptKey(key)) {
      if (raw === undefined) asideKeys.delete(key);
      else asideKeys.add(key);
      return;
    }
    if (recordKindOf(key) === null) return;
    newerKeys.delete(key);
    if (raw === undefined) {
      confirmed.delete(key);
      return;
    }
    const loaded = loadStored(key, raw);
    if (loaded.ok) remember(key, loaded.value);
    else if (isFromNewerVersion(raw)) {
      confirmed.delete(key);
      newerKeys.add(key);
    } else {
      console.warn('[Follow-Through] unreadable record', key, loaded.errors);
      confirmed.delete(key);
      corruptFound.add(key);
    }
  };

  let buffered: Record<string, { newValue?: unknown }>[] | null = [];
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area !== 'local' || disposed) return;
    if (buffered) {
      buffered.push(changes);
      return;
    }
    for (const [key, change] of Object.entries(changes)) ingest(key, change.newValue);
    flushCorrupt();
    publish();
  };
  const flushCorrupt = (): void => {
    if (!corruptFound.size) return;
    const keys = [...corruptFound];
    corruptFound.clear();
    reportCorrupt(keys);
  };

  // --- writing --------------------------------------------------------------------------

  // False once the page's own storage refused a copy (full, or blocked): then closing the
  // page would lose a change that has not reached the background, and the user must know.
  let stashHolds = true;
  const stashPending = (key: string, pending: Pending): void => {
    const { write } = pending;
    stashHolds = stash.put(pending.id, {
      key,
      next: write.op === 'put' ? write.next : null,
      base: write.op === 'put' ? write.base : null,
      at: pending.at,
    });
  };

  const send = (key: string): void => {
    const queue = queues.get(key);
    const pending = queue?.inflight;
    if (!queue || !pending || disposed) return;
    const { write } = pending;
    const request =
      write.op === 'put'
        ? sendToBackground('ui-bg-put', { key, base: write.base, next: write.next }, api).then(
            ({ record }) => remember(key, record),
          )
        : sendToBackground('ui-bg-delete', { key }, api).then(() => {
            confirmed.delete(key);
          });
    request.then(
      () => {
        stash.remove(pending.id);
        pending.settle.forEach((s) => s.resolve());
        queue.inflight = null;
        failures = 0;
        if (queue.queued) {
          queue.inflight = queue.queued;
          queue.queued = null;
          send(key);
        } else {
          queues.delete(key);
        }
        if (![...queues.values()].some((q) => q.queued && !q.inflight)) writeError = null;
        publish();
      },
      (error: unknown) => {
        queue.inflight = null;
        const retryable = !(error instanceof MessageError) || error.retryable;
        writeError = describeFailure(error);
        if (retryable && !stashHolds) writeError += ` ${UNSTASHED}`;
        console.warn('[Follow-Through] write failed', key, error);
        if (!retryable) {
          stash.remove(pending.id);
          const failure = error instanceof Error ? error : new Error(String(error));
          pending.settle.forEach((s) => s.reject(failure));
          if (!queue.queued) queues.delete(key);
          else {
            queue.inflight = queue.queued;
            queue.queued = null;
            send(key);
          }
          publish();
          return;
        }
        // Fold the failed write under anything queued after it: the later edit was made on
        // top of this one, so from this one's base it carries both.
        const later = queue.queued;
        if (later && later.write.op === 'put' && pending.write.op === 'put') {
          later.write = { ...later.write, base: pending.write.base };
          later.settle.push(...pending.settle);
          stash.remove(pending.id);
          stashPending(key, later);
        } else if (later) {
          later.settle.push(...pending.settle);
          stash.remove(pending.id);
        } else {
          queue.queued = pending;
        }
        // The change is in memory and the stash: the caller may carry on.
        queue.queued!.settle.splice(0).forEach((s) => s.resolve());
        scheduleRetry();
        publish();
      },
    );
  };

  const scheduleRetry = (): void => {
    if (retryTimer || disposed) return;
    const delay = retryDelays[Math.min(failures, retryDelays.length - 1)] ?? 30_000;
    failures += 1;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      for (const [key, queue] of queues) {
        if (!queue.inflight && queue.queued) {
          queue.inflight = queue.queued;
          queue.queued = null;
          send(key);
        }
      }
    }, delay);
  };

  const enqueue = (key: string, write: Write): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      if (disposed) {
        reject(new Error('The store was closed.'));
        return;
      }
      const queue = queues.get(key) ?? { inflight: null, queued: null };
      queues.set(key, queue);
      const settle = { resolve, reject };
      const at = now().toISOString();
      if (queue.queued) {
        const earlier = queue.queued;
        stash.remove(earlier.id);
        // Coalesce: the queued change never left this page, so its base still stands.
        const merged: Write =
          write.op === 'put' && earlier.write.op === 'put'
            ? { ...write, base: earlier.write.base }
            : write;
        queue.queued = { id: newId(), write: merged, at, settle: [...earlier.settle, settle] };
        stashPending(key, queue.queued);
      } else {
        queue.queued = { id: newId(), write, at, settle: [settle] };
        stashPending(key, queue.queued);
      }
      // Parked after a failure? A fresh edit is as good a moment as any to try again.
      if (!queue.inflight) {
        queue.inflight = queue.queued;
        queue.queued = null;
        send(key);
      }
      publish();
    });

  const validated = <T extends StoredRecord>(record: T): T => {
    const result = validateRecord(record);
    if (!result.ok) throw new Error(`This change can't be saved: ${result.errors.join('; ')}`);
    return result.value as T;
  };

  /** The version the edit named by `rev` started from, if this page still knows it. */
  const baseFor = (key: string, rev: number, fallback?: StoredRecord): StoredRecord | null => {
    const current = view(key);
    if (current?.rev === rev) return current;
    return (
      history.get(key)?.find((r) => r.rev === rev) ?? (fallback?.rev === rev ? fallback : null)
    );
  };

  /** Runs now once loaded (so the optimistic change shows in the same tick), else after. */
  const whenReady = <T>(action: () => Promise<T>): Promise<T> =>
    loading ? ready.then(action) : action();

  const put = async (record: StoredRecord, base: StoredRecord | null): Promise<void> => {
    const next = validated(record);
    await enqueue(keyOf(next), { op: 'put', base, next });
  };

  const updateInterview = (id: string, change: (current: Interview) => Interview): Promise<void> =>
    whenReady(async () => {
      const current = view(interviewKey(id));
      if (!current || current.kind !== 'interview') throw new Error(`No interview with id ${id}.`);
      await put(change(structuredClone(current)), current);
    });

  // --- loading --------------------------------------------------------------------------

  api.storage.onChanged.addListener(onChanged);
  const ready = (async () => {
    try {
      const all = await api.storage.local.get(null);
      for (const [key, raw] of Object.entries(all)) ingest(key, raw);
    } catch (error) {
      console.warn('[Follow-Through] could not read storage', error);
      loadError = "Your saved interviews couldn't be read just now. Reopen this page to try again.";
    }
    for (const changes of buffered ?? []) {
      for (const [key, change] of Object.entries(changes)) ingest(key, change.newValue);
    }
    buffered = null;
    loading = false;
    flushCorrupt();
    for (const { id, write } of stash.restore()) {
      stash.remove(id);
      void enqueue(
        write.key,
        write.next ? { op: 'put', base: write.base, next: write.next } : { op: 'delete' },
      ).catch((error) => console.warn('[Follow-Through] restored change refused', error));
    }
    publish();
  })();

  const pendingCount = computed(() => status.value.pendingWrites);

  return {
    interviews,
    templates,
    settings,
    status,
    setAside,
    ready,

    saveInterview: (next) =>
      whenReady(async () => {
        await put(next, baseFor(interviewKey(next.id), next.rev));
      }),
    updateInterview,
    deleteInterview: (id) =>
      whenReady(async () => {
        await enqueue(interviewKey(id), { op: 'delete' });
      }),
    recordSent: (interviewId, interviewerId, note) =>
      updateInterview(interviewId, (interview) => {
        const person = interview.interviewers.find((p) => p.id === interviewerId);
        if (!person) throw new Error(`No interviewer with id ${interviewerId}.`);
        // The schema caps history; a hundred notes to one person means the oldest can go.
        person.history = [...person.history, note].slice(-LIMITS.history);
        if ((note.kind === 'thank-you' || note.kind === 'card') && !person.thankedAt) {
          person.thankedAt = note.at;
        }
        return interview;
      }),
    setOutcome: (interviewId, outcome) =>
      updateInterview(interviewId, (interview) => {
        if (outcome) interview.outcome = outcome;
        else delete interview.outcome;
        return interview;
      }),

    saveTemplate: (template) =>
      whenReady(async () => {
        const key = templateKey(template.id);
        const shipped = builtIns.find((t) => t.id === template.id);
        await put(template, baseFor(key, template.rev, shipped));
      }),
    resetTemplate: (id) =>
      whenReady(async () => {
        if (!BUILT_IN_IDS.has(id)) throw new Error(`${id} is not a built-in template.`);
        const key = templateKey(id);
        if (!confirmed.has(key) && !queues.has(key)) return;
        await enqueue(key, { op: 'delete' });
      }),
    deleteTemplate: (id) =>
      whenReady(async () => {
        const key = templateKey(id);
        if (BUILT_IN_IDS.has(id) && !confirmed.has(key) && !queues.has(key)) return;
        await enqueue(key, { op: 'delete' });
      }),
    saveSettings: (next) =>
      whenReady(async () => {
        await put(next, baseFor(SETTINGS_KEY, next.rev, defaultSettings()));
      }),

    exportAll: () =>
      whenReady(async () => {
        const records: StoredRecord[] = [];
        for (const key of new Set([...confirmed.keys(), ...queues.keys()])) {
          const record = view(key);
          if (record) records.push(record);
        }
        return exportData(records, now());
      }),
    previewImport(json) {
      const parsed = parseImport(json);
      if (!parsed.ok) return parsed;
      const { data } = parsed;
      return {
        ok: true,
        counts: { interviews: data.interviews.length, templates: data.templates.length },
        data,
      };
    },
    importData: (json, mode) =>
      whenReady(async () => {
        const parsed = parseImport(json);
        if (!parsed.ok) return parsed;
        try {
          await sendToBackground('ui-bg-import', { data: parsed.data, mode }, api);
          return { ok: true };
        } catch (error) {
          if (error instanceof MessageError && error.errors.length)
            return { ok: false, errors: error.errors };
          return {
            ok: false,
            errors: [describeFailure(error).replace(/ It is kept.*$/, ' Nothing was imported.')],
          };
        }
      }),
    deleteEverything: () =>
      whenReady(async () => {
        try {
          await sendToBackground('ui-bg-delete-everything', { confirm: 'delete-everything' }, api);
        } catch (error) {
          writeError =
            "Follow-Through couldn't delete your data just now. Nothing was deleted; try again.";
          publish();
          throw error;
        }
        // Only now: had deleting failed, the pending changes would still be wanted.
        for (const queue of queues.values()) {
          for (const pending of [queue.inflight, queue.queued])
            pending?.settle.forEach((s) => s.resolve());
        }
        queues.clear();
        stash.clear();
        confirmed.clear();
        history.clear();
        asideKeys.clear();
        writeError = null;
        corruptNotice = null;
        publish();
      }),
    flush: () =>
      new Promise<void>((resolve) => {
        if (pendingCount.value === 0) {
          resolve();
          return;
        }
        const stop = pendingCount.subscribe((count) => {
          if (count === 0) {
            queueMicrotask(() => stop());
            resolve();
          }
        });
      }),
    dispose() {
      disposed = true;
      api.storage.onChanged.removeListener(onChanged);
      if (retryTimer) clearTimeout(retryTimer);
      retryTimer = null;
    },
  };
}
