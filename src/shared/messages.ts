/**
 * The one typed message map: the message name
 * fixes its payload, its reply, its size limit and who may send it. Names carry their
 * direction, after Dark Reader: `ui-bg-…` goes from an extension page to the background.
 * Storage carries the data; messages carry only writes, so the map stays small.
 *
 * The background checks every sender, since a compromised page renderer can send anything a
 * content script can
 * (https://chromium.googlesource.com/chromium/src/+/HEAD/docs/security/compromised-renderers.md):
 * our own extension id, an extension page's URL (content scripts and web pages may not write
 * anything), a known type, no extra fields, and a size limit.
 */
import * as v from 'valibot';
import type { ExportData } from '../core/model/export-file';
import {
  interviewSchema,
  settingsSchema,
  storedRecordSchema,
  templateSchema,
} from '../core/model/schema';
import type { StoredRecord } from '../core/model/types';
import { array, exact, oneOf, run, string, type Schema } from '../core/model/validate';
import browser, { type Runtime } from './browser';

type Browser = typeof browser;

/** Default cap on one message: far above any single record, far below what would stall the SW. */
export const MAX_MESSAGE_BYTES = 1_000_000;
/**
 * Imports carry a whole export file: allowed up to storage.local's own 10 MB quota so a
 * backup that grew past 1 MB (the size the data model is designed for, not a cap) can still be
 * restored.
 */
export const MAX_IMPORT_BYTES = 9_000_000;
/** Ids in deletion lists: as many as storage could hold. */
const MAX_KEYS = 10_000;

export interface PutPayload {
  key: string;
  /** The record the edit started from (null for a new record, or when no longer known). */
  base: StoredRecord | null;
  next: StoredRecord;
}
export interface PutReply {
  /** What is stored now: `next`, or `next` merged with a concurrent change. */
  record: StoredRecord;
  merged: boolean;
}

interface Definition<P, R> {
  parse: Schema<P>;
  maxBytes: number;
  /** Phantom: fixes the reply type; never read at run time. */
  reply?: R;
}

const key = string(300, { nonEmpty: true });
// The records inside a message keep fields this build doesn't know (see `object` in
// validate.ts); the message around them is `exact`, so an extra field there is refused.
const record = storedRecordSchema;

function define<P, R>(parse: Schema<P>, maxBytes = MAX_MESSAGE_BYTES): Definition<P, R> {
  return { parse, maxBytes };
}

export const MESSAGES = {
  /** Store one record under `key`, checked against `base` and merged on conflict. */
  'ui-bg-put': define<PutPayload, PutReply>(exact({ key, base: v.nullable(record), next: record })),
  /** Remove one record. Unconditional: deleting a whole record is the user's explicit act. */
  'ui-bg-delete': define<{ key: string }, { deleted: boolean }>(exact({ key })),
  /**
   * A page found records it cannot load: the background re-checks each and moves the bad
   * ones under `corrupt:…` keys (it trusts the finding only after checking for itself).
   */
  'ui-bg-set-aside': define<{ keys: string[] }, { setAside: string[] }>(
    exact({ keys: array(key, MAX_KEYS) }),
  ),
  /** Write a validated import in one step; `replace` also removes records the file lacks. */
  'ui-bg-import': define<
    { data: ExportData; mode: 'merge' | 'replace' },
    { written: number; removed: number }
  >(
    exact({
      data: exact({
        interviews: array(interviewSchema, 5000),
        templates: array(templateSchema, 5000),
        settings: v.nullable(settingsSchema),
      }),
      mode: oneOf(['merge', 'replace']),
    }),
    MAX_IMPORT_BYTES,
  ),
  /** Remove every key Follow-Through stored, set-aside copies included. */
  'ui-bg-delete-everything': define<{ confirm: 'delete-everything' }, { removed: number }>(
    exact({ confirm: oneOf(['delete-everything']) }),
  ),
} as const;

export type MessageName = keyof typeof MESSAGES;
export type Payload<N extends MessageName> =
  (typeof MESSAGES)[N] extends Definition<infer P, unknown> ? P : never;
export type Reply<N extends MessageName> =
  (typeof MESSAGES)[N] extends Definition<unknown, infer R> ? R : never;

export interface Envelope<N extends MessageName = MessageName> {
  type: N;
  payload: Payload<N>;
}

export type ErrorCode =
  | 'forbidden'
  | 'unknown-type'
  | 'too-large'
  | 'invalid'
  | 'quota'
  | 'storage'
  | 'unreachable'
  | 'internal';

export type Response<R> =
  { ok: true; value: R } | { ok: false; code: ErrorCode; error: string; errors?: string[] };

/** A failure the caller can act on; `retryable` says whether trying again may help. */
export class MessageError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly errors: string[] = [],
  ) {
    super(message);
    this.name = 'MessageError';
  }
  get retryable(): boolean {
    return (
      this.code === 'quota' ||
      this.code === 'storage' ||
      this.code === 'unreachable' ||
      this.code === 'internal'
    );
  }
}

/**
 * Sends a typed message from an extension page to the background and returns its reply.
 * Throws MessageError (code `unreachable` when the background could not be reached).
 *
 * @example
 * const { record } = await sendToBackground('ui-bg-put', { key, base, next });
 */
export async function sendToBackground<N extends MessageName>(
  name: N,
  payload: Payload<N>,
  api: Browser = browser,
): Promise<Reply<N>> {
  let response: Response<Reply<N>> | undefined;
  try {
    response = (await api.runtime.sendMessage({ type: name, payload } satisfies Envelope<N>)) as
      Response<Reply<N>> | undefined;
  } catch (error) {
    throw new MessageError('unreachable', error instanceof Error ? error.message : String(error));
  }
  if (!response || typeof response !== 'object') {
    throw new MessageError('unreachable', 'the background did not answer');
  }
  if (!response.ok) throw new MessageError(response.code, response.error, response.errors);
  return response.value;
}

export type Handlers = {
  [N in MessageName]: (payload: Payload<N>, sender: Runtime.MessageSender) => Promise<Reply<N>>;
};

/** Errors a handler throws to answer with a specific code (anything else is `internal`). */
export class HandlerError extends MessageError {}

function byteLength(value: unknown): number {
  try {
    return new TextEncoder().encode(JSON.stringify(value) ?? '').byteLength;
  } catch {
    // Cycles or BigInts never come from a real sender: treat as too large to look at.
    return Number.POSITIVE_INFINITY;
  }
}

/** Why the sender may not talk to us, or null when it may. */
export function senderProblem(sender: Runtime.MessageSender, api: Browser): string | null {
  if (sender.id !== api.runtime.id) return 'message from another extension';
  const pages = api.runtime.getURL('');
  // Content scripts (and anything a web page could reach) carry the web page's URL.
  if (typeof sender.url !== 'string' || !sender.url.startsWith(pages)) {
    return 'message from outside the extension pages';
  }
  return null;
}

/**
 * The background's listener: checks the sender and the message, then runs the handler.
 * Exported apart from `handle` so tests can call it with any sender.
 */
export function createRouter(
  handlers: Handlers,
  api: Browser = browser,
): (message: unknown, sender: Runtime.MessageSender) => Promise<Response<unknown>> {
  return async (message, sender) => {
    const refuse = (code: ErrorCode, error: string, errors?: string[]): Response<never> =>
      errors ? { ok: false, code, error, errors } : { ok: false, code, error };

    const problem = senderProblem(sender, api);
    if (problem) return refuse('forbidden', problem);
    if (typeof message !== 'object' || message === null || Array.isArray(message)) {
      return refuse('invalid', 'message: must be an object');
    }
    const { type, payload, ...rest } = message as Record<string, unknown>;
    if (typeof type !== 'string' || !Object.hasOwn(MESSAGES, type)) {
      return refuse('unknown-type', `unknown message type ${String(type).slice(0, 60)}`);
    }
    const extra = Object.keys(rest);
    if (extra.length) return refuse('invalid', `message: unexpected field ${extra.join(', ')}`);
    const name = type as MessageName;
    const definition = MESSAGES[name] as Definition<unknown, unknown>;
    if (byteLength(message) > definition.maxBytes) {
      return refuse('too-large', `message over ${definition.maxBytes} bytes`);
    }
    const parsed = run(definition.parse, payload, 'payload');
    if (!parsed.ok) return refuse('invalid', parsed.errors[0] ?? 'payload: invalid', parsed.errors);
    const handler = handlers[name] as (p: unknown, s: Runtime.MessageSender) => Promise<unknown>;
    try {
      return { ok: true, value: await handler(parsed.value, sender) };
    } catch (error) {
      if (error instanceof MessageError) {
        return refuse(error.code, error.message, error.errors.length ? error.errors : undefined);
      }
      return refuse('internal', error instanceof Error ? error.message : String(error));
    }
  };
}

/**
 * Registers the handlers for every message in the map and returns a function that removes
 * them. TypeScript makes the map complete: a new message without a handler won't compile.
 */
export function handle(handlers: Handlers, api: Browser = browser): () => void {
  const router = createRouter(handlers, api);
  const listener = (message: unknown, sender: Runtime.MessageSender) => router(message, sender);
  api.runtime.onMessage.addListener(listener);
  return () => api.runtime.onMessage.removeListener(listener);
}
