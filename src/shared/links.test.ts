import { describe, expect, test } from 'vitest';
import { cardLink, composeUrl, parsePopupLink, popupLink } from './links';

describe('links', () => {
  test.each([
    // [client, to, subject, url]
    [
      'gmail',
      ['gbenavides@fenwickrowe.example'],
      'Thank you – Store Manager interview',
      'https://mail.google.com/mail/?view=cm&fs=1&to=gbenavides%40fenwickrowe.example&su=Thank%20you%20%E2%80%93%20Store%20Manager%20interview',
    ],
    [
      'outlook',
      ['a@x.example', ' b@x.example ', ''],
      'Following up',
      'https://outlook.office.com/mail/deeplink/compose?to=a%40x.example%2Cb%40x.example&subject=Following%20up',
    ],
    // An ampersand or hash in the subject must not end the parameter.
    ['gmail', [], 'R&D #2', 'https://mail.google.com/mail/?view=cm&fs=1&to=&su=R%26D%20%232'],
  ] as const)('composeUrl(%s, %j, %j)', (client, to, subject, url) => {
    expect(composeUrl(client, { to: [...to], subject })).toBe(url);
  });

  test.each([
    ['iv-1', undefined, 'src/popup/index.html#interview=iv-1'],
    ['iv-1', 'outcome', 'src/popup/index.html#interview=iv-1&focus=outcome'],
    ['a b&c#d', undefined, 'src/popup/index.html#interview=a+b%26c%23d'],
  ] as const)('popupLink(%j, %j) round-trips', (id, focus, link) => {
    expect(popupLink(id, focus)).toBe(link);
    const hash = link.slice(link.indexOf('#'));
    expect(parsePopupLink(hash)).toEqual(focus ? { interviewId: id, focus } : { interviewId: id });
  });

  test.each([
    ['', null],
    ['#', null],
    ['#interview=', null],
    ['#other=1', null],
    // An unknown focus opens the interview, nothing more.
    ['#interview=iv-1&focus=delete', { interviewId: 'iv-1' }],
    ['interview=iv-2', { interviewId: 'iv-2' }],
  ])('parsePopupLink(%j)', (hash, parsed) => {
    expect(parsePopupLink(hash)).toEqual(parsed);
  });

  test('cardLink names the interview and the interviewer', () => {
    expect(cardLink('iv-1', 'p 1')).toBe('src/card/index.html?interview=iv-1&interviewer=p+1');
  });
});
