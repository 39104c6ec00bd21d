import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import messages from '../../public/_locales/en/messages.json';
import { EditError } from '../core/model/record-edits';
import { installMessages } from '../ui/i18n.test-helpers';
import { MessageError, type ErrorCode } from './messages';
import {
  corruptNotice,
  describeFailure,
  editErrorText,
  importFailureText,
  newerNotice,
  writeFailureText,
} from './store-text';

vi.mock('webextension-polyfill', () => import('../../test/setup/polyfill-module'));

beforeEach(() => {
  fakeBrowser.reset();
  installMessages();
});

describe('store failure text', () => {
  test('every key the store asks for is in the English messages', () => {
    const source = ['src/shared/store-text.ts', 'src/core/model/record-edits.ts']
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const keys = [...source.matchAll(/'(store[A-Z][A-Za-z]+)'/g)].map((m) => m[1]!);
    expect(keys.length).toBeGreaterThan(15);
    expect(keys.filter((key) => !(key in messages))).toEqual([]);
  });

  test.each([
    [
      'quota',
      /storage is full.*kept on this page and will be retried/,
      /storage is full\. Nothing was imported\./,
    ],
    ['storage', /browser couldn't save your last change\. It is kept/, /Nothing was imported\.$/],
    [
      'unreachable',
      /background service didn't answer.*kept on this page/,
      /didn't answer\. Nothing was imported\./,
    ],
    ['internal', /background service didn't answer/, /didn't answer\. Nothing was imported\./],
    [
      'invalid',
      /^This change can't be saved: company: must be a string$/,
      /^This file can't be imported: company: must be a string$/,
    ],
  ] as const)('%s', (code, write, importing) => {
    const error = new MessageError(code as ErrorCode, 'detail', ['company: must be a string']);
    expect(describeFailure(error)).toMatch(write);
    expect(importFailureText(error)).toMatch(importing);
  });

  test('an unexpected error still says the change is kept, or that nothing was imported', () => {
    expect(describeFailure(new TypeError('x'))).toMatch(/kept on this page and will be retried/);
    expect(importFailureText(new TypeError('x'))).toMatch(/Nothing was imported\./);
  });

  test('a change the page could not stash asks to keep the window open', () => {
    const error = new MessageError('unreachable', 'asleep');
    expect(writeFailureText({ error, unstashed: false })).not.toMatch(/keep it open/);
    expect(writeFailureText({ error, unstashed: true })).toMatch(
      /didn't answer.*keep it open until it says All changes saved/,
    );
  });

  test.each([
    [0, null, null],
    [
      1,
      /^One saved item was saved by a newer version.*see it again\.$/,
      /^One saved item couldn't be read\. It was set aside/,
    ],
    [
      3,
      /^3 saved items were saved by a newer version.*see them again\.$/,
      /^3 saved items couldn't be read\. They were set aside/,
    ],
  ])('notices for %i records', (count, newer, corrupt) => {
    if (newer === null) expect(newerNotice(count)).toBeNull();
    else expect(newerNotice(count)).toMatch(newer);
    if (corrupt === null) expect(corruptNotice(count)).toBeNull();
    else expect(corruptNotice(count)).toMatch(corrupt);
  });

  test('an edit naming something gone becomes a plain sentence; other errors pass through', () => {
    expect(editErrorText(new EditError('storeNoInterview', 'iv-9'))).toMatchObject({
      message: expect.stringMatching(/^That interview isn't here any more/),
    });
    const other = new Error('x');
    expect(editErrorText(other)).toBe(other);
  });
});
