// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import {
  chipName,
  ownTextOf,
  parseAddress,
  readChips,
  readClassicChips,
  textPieces,
} from './read-body';

/** Builds a body from [tag, text | children] tuples, never from an HTML string. */
type Spec = string | [string, Spec[], Record<string, string>?];
function build(specs: Spec[]): HTMLElement {
  const make = (spec: Spec): Node => {
    if (typeof spec === 'string') return document.createTextNode(spec);
    const [tag, children, attrs = {}] = spec;
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
    element.append(...children.map(make));
    return element;
  };
  const body = document.createElement('div');
  body.append(...specs.map(make));
  return body;
}

const SKIP = ['.gmail_quote', '.gmail_signature'];

describe('ownTextOf', () => {
  test("Gmail's div-per-line body keeps its blank lines", () => {
    const body = build([
      ['div', ['Hi Jordan,']],
      ['div', [['br', []]]],
      ['div', ['Thank you for Tuesday.']],
    ]);
    expect(ownTextOf(body, SKIP)).toBe('Hi Jordan,\n\nThank you for Tuesday.');
  });

  test('leaves out the signature and the quote, wherever they are', () => {
    const body = build([
      'Hi Jordan,',
      ['br', []],
      'Thanks.',
      ['div', ['-- ', ['br', []], 'Alex'], { class: 'gmail_signature' }],
      ['div', [['blockquote', ['old words']]], { class: 'gmail_quote' }],
    ]);
    expect(ownTextOf(body, SKIP)).toBe('Hi Jordan,\nThanks.');
  });

  test('non-breaking spaces become spaces, trailing spaces go', () => {
    const body = build([
      ['div', ['a\u00a0b  ']],
      ['div', ['c']],
    ]);
    expect(ownTextOf(body, SKIP)).toBe('a b\nc');
  });

  test('an empty body is empty', () => {
    expect(ownTextOf(build([['br', []]]), SKIP)).toBe('');
  });
});

describe('recipients', () => {
  test('parseAddress handles "Name <email>", "<email>" and a bare address', () => {
    expect(parseAddress('Jordan Lee <jordan@acme.example>')).toEqual({
      name: 'Jordan Lee',
      email: 'jordan@acme.example',
    });
    expect(parseAddress('"Lee, Jordan" <jordan@acme.example>')).toEqual({
      name: 'Lee, Jordan',
      email: 'jordan@acme.example',
    });
    expect(parseAddress('<jordan@acme.example>')).toEqual({ email: 'jordan@acme.example' });
    expect(parseAddress('jordan@acme.example')).toEqual({ email: 'jordan@acme.example' });
    expect(parseAddress('Jordan')).toBeNull();
  });

  test('PeopleKit chips: name from data-name, address from data-hovercard-id', () => {
    const row = build([
      [
        'div',
        ['Jordan Lee'],
        { role: 'option', 'data-hovercard-id': 'jordan@acme.example', 'data-name': 'Jordan Lee' },
      ],
      [
        'div',
        ['sam@acme.example'],
        {
          role: 'option',
          'data-hovercard-id': 'sam@acme.example',
          'data-name': 'sam@acme.example',
        },
      ],
    ]);
    expect(readChips(row, ['[role=option][data-hovercard-id]'])).toEqual([
      { name: 'Jordan Lee', email: 'jordan@acme.example' },
      { email: 'sam@acme.example' },
    ]);
  });

  test('fallback chip selector: span[email] with a name attribute', () => {
    const row = build([['span', ['Jordan'], { email: 'jordan@acme.example', name: 'Jordan' }]]);
    expect(readChips(row, ['[role=option][data-hovercard-id]', 'span[email]'])).toEqual([
      { name: 'Jordan', email: 'jordan@acme.example' },
    ]);
  });

  test('classic chips: hidden "Name <email>" values, or span[email] as a fallback', () => {
    const row = build([
      [
        'span',
        [['input', [], { type: 'hidden', value: 'Jordan Lee <jordan@acme.example>' }]],
        { class: 'vR' },
      ],
      ['span', [['input', [], { type: 'hidden', value: 'not an address' }]], { class: 'vR' }],
    ]);
    expect(readClassicChips(row, ['.vR > input[type=hidden]', '.vR span[email]'])).toEqual([
      { name: 'Jordan Lee', email: 'jordan@acme.example' },
    ]);
    const spans = build([
      ['span', [['span', ['Sam'], { email: 'sam@acme.example', name: 'Sam' }]], { class: 'vR' }],
    ]);
    expect(readClassicChips(spans, ['.vR > input[type=hidden]', '.vR span[email]'])).toEqual([
      { name: 'Sam', email: 'sam@acme.example' },
    ]);
  });
});

describe('chipName', () => {
  const PRESENCE = ['Away', 'Offline', 'Do not disturb'];
  test.each([
    [['Dr. Adaeze N. Okonkwo', 'Away', 'Dr. Adaeze N. Okonkwo'], 'Dr. Adaeze N. Okonkwo'],
    [['Webb, Marcus', 'offline'], 'Webb, Marcus'],
    [['Gloria Benavides (Do not disturb)'], 'Gloria Benavides'],
    [['  Gloria\n Benavides ', '', 'Gloria Benavides'], 'Gloria Benavides'],
    [
      ['Gloria Benavides <gbenavides@fenwickrowe.example>'],
      'Gloria Benavides <gbenavides@fenwickrowe.example>',
    ],
    [['Away'], ''],
    // A bracket that is not presence is part of what the directory shows.
    [['Gloria Benavides (Fenwick)'], 'Gloria Benavides (Fenwick)'],
  ])('%j → %s', (pieces, expected) => {
    expect(chipName(pieces, PRESENCE)).toBe(expected);
  });
});

describe('textPieces', () => {
  test('each text node apart, nested ones included, in order', () => {
    const chip = build([
      ['span', [['span', ['Dr. Adaeze Okonkwo']]]],
      ['span', ['Away'], { role: 'img' }],
      ['span', ['Dr. Adaeze Okonkwo']],
    ]);
    expect(textPieces(chip)).toEqual(['Dr. Adaeze Okonkwo', 'Away', 'Dr. Adaeze Okonkwo']);
  });
});
