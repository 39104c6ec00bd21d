import { beforeEach, describe, expect, test, vi } from 'vitest';
import { sampleInterview } from '../core/model/fixtures.test-helpers';
import { fake, pageSender, startExtension, type Extension } from '../../test/setup/fake-extension';
vi.mock('webextension-polyfill', () => import('../../test/setup/polyfill-module'));

import { MAX_MESSAGE_BYTES, MESSAGES, MessageError, sendToBackground } from './messages';

describe('the background router', () => {
  let ext: Extension;
  const put = () => ({
    type: 'ui-bg-put',
    payload: { key: 'interview:iv-1', base: null, next: sampleInterview() },
  });
  beforeEach(() => {
    ext = startExtension();
  });

  test('an extension page may write', async () => {
    const reply = await ext.router(put(), pageSender('src/popup/index.html'));
    expect(reply).toMatchObject({ ok: true, value: { merged: false, record: { rev: 4 } } });
    expect(await ext.dump()).toHaveProperty(['interview:iv-1']);
  });

  test.each([
    ['another extension', { id: 'someone-else', url: 'chrome-extension://someone-else/page.html' }],
    ['no id at all', { url: fake.runtime.getURL('src/options/index.html') }],
    [
      'our content script on a mail page',
      {
        id: fake.runtime.id,
        url: 'https://mail.google.com/mail/u/0/',
        tab: { id: 3, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
      },
    ],
    [
      'a web page posing with our id',
      { id: fake.runtime.id, url: 'https://evil.example/chrome-extension://' },
    ],
    ['a sender without a URL', { id: fake.runtime.id }],
  ])('refuses %s, and nothing is written', async (_name, sender) => {
    const reply = await ext.router(put(), sender);
    expect(reply).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await ext.dump()).toEqual({});
  });

  test('refuses an unknown type', async () => {
    const reply = await ext.router({ type: 'ui-bg-format-disk', payload: {} }, pageSender());
    expect(reply).toMatchObject({ ok: false, code: 'unknown-type' });
  });

  test('refuses inherited names as types', async () => {
    const reply = await ext.router({ type: 'toString', payload: {} }, pageSender());
    expect(reply).toMatchObject({ ok: false, code: 'unknown-type' });
  });

  test.each([
    ['on the envelope', { ...put(), extra: 1 }],
    ['in the payload', { ...put(), payload: { ...put().payload, force: true } }],
    [
      'in a nested payload object',
      {
        type: 'ui-bg-import',
        payload: {
          mode: 'merge',
          data: { interviews: [], templates: [], settings: null, script: 'x' },
        },
      },
    ],
  ])('refuses extra fields %s', async (_name, message) => {
    const reply = await ext.router(message, pageSender());
    expect(reply).toMatchObject({ ok: false, code: 'invalid', error: /(extra|force|script)\b/ });
    expect(await ext.dump()).toEqual({});
  });

  test('refuses a payload that breaks the schema, naming the field', async () => {
    const message = put();
    (message.payload.next as { company: unknown }).company = 42;
    const reply = await ext.router(message, pageSender());
    expect(reply).toMatchObject({
      ok: false,
      code: 'invalid',
      errors: ['payload.next.company: must be a string'],
    });
  });

  test('refuses a record stored under another key', async () => {
    const message = put();
    message.payload.key = 'interview:someone-else';
    expect(await ext.router(message, pageSender())).toMatchObject({ ok: false, code: 'invalid' });
  });

  test('refuses oversized payloads before looking inside', async () => {
    const message = put();
    (message.payload.next as { notes: string }).notes = 'x'.repeat(MAX_MESSAGE_BYTES);
    expect(await ext.router(message, pageSender())).toMatchObject({ ok: false, code: 'too-large' });
  });

  test('refuses non-objects', async () => {
    for (const message of [null, 'ui-bg-put', [put()], 42]) {
      expect(await ext.router(message, pageSender())).toMatchObject({ ok: false });
    }
  });

  test('every message name says its direction', () => {
    for (const name of Object.keys(MESSAGES))
      expect(name).toMatch(/^(ui|cs|bg)-(ui|cs|bg)-[a-z-]+$/);
  });

  test('sendToBackground returns the reply or throws a coded error', async () => {
    const api = ext.pageApi();
    const { record } = await sendToBackground('ui-bg-put', put().payload, api);
    expect(record.rev).toBe(4);
    const error = await sendToBackground('ui-bg-delete', { key: 'meta' }, api).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(MessageError);
    expect(error).toMatchObject({ code: 'invalid', retryable: false });
    ext.unreachable = true;
    await expect(
      sendToBackground('ui-bg-delete', { key: 'interview:x' }, api),
    ).rejects.toMatchObject({
      code: 'unreachable',
      retryable: true,
    });
  });
});
