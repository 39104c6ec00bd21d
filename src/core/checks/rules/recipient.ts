import type { Interviewer } from '../../model/types';
import { example, goodDraft } from '../examples';
import { finding } from '../finding';
import { firstName } from '../format';
import type { Finding, Recipient, Rule } from '../types';

const normalise = (text: string | undefined) => (text ?? '').trim().toLowerCase();

// Hosts show either an address or only a display name; a name counts as a match when it is
// the saved name, whatever the case or spacing.
function isPerson(recipient: Recipient, person: Interviewer): boolean {
  const email = normalise(recipient.email);
  if (email) return email === normalise(person.email);
  const name = normalise(recipient.name).replace(/\s+/g, ' ');
  return name !== '' && name === normalise(person.name).replace(/\s+/g, ' ');
}

function label(recipient: Recipient): string {
  return recipient.email?.trim() || recipient.name?.trim() || 'someone';
}

export const recipientRule: Rule = {
  id: 'recipient',
  title: 'Recipient: the note goes to this interviewer, and only to them',
  reason: 'Hiring advice: one note per interviewer, addressed to that person.',
  defaults: { enabled: true, thresholds: {} },
  check(analysis) {
    const to = analysis.input.to;
    if (to === undefined) return [];
    const { interviewer, others } = analysis;
    const filled = to.filter((r) => normalise(r.email) || normalise(r.name));
    const want = interviewer.email ? ` (${interviewer.email})` : '';
    if (filled.length === 0) {
      return [
        finding(recipientRule, 'warning', `The To field is empty: add ${interviewer.name}${want}.`),
      ];
    }
    const out: Finding[] = [];
    let found = false;
    for (const recipient of filled) {
      if (isPerson(recipient, interviewer)) {
        found = true;
        continue;
      }
      const colleague = others.find((person) => isPerson(recipient, person));
      if (colleague) {
        out.push(
          finding(
            recipientRule,
            'error',
            `The To field has ${colleague.name}, but this note is for ${interviewer.name}. Each interviewer gets their own note.`,
          ),
        );
      } else if (interviewer.email && recipient.email) {
        out.push(
          finding(
            recipientRule,
            'warning',
            `${label(recipient)} is not ${firstName(interviewer)}'s saved address${want}. Double-check the To field.`,
          ),
        );
      }
    }
    if (!found && out.length === 0) {
      const who = label(filled[0] ?? {});
      out.push(
        interviewer.email
          ? finding(
              recipientRule,
              'warning',
              `Check the To field: ${who} doesn't match ${interviewer.name}${want}.`,
            )
          : finding(
              recipientRule,
              'info',
              `No saved address for ${interviewer.name}: check that ${who} is right.`,
            ),
      );
    }
    return out;
  },
  examples: {
    pass: [
      example('her address, different case', goodDraft, {
        to: [{ name: 'Gloria B.', email: 'GBenavides@FenwickRowe.example' }],
      }),
      example('a host that shows only the name', goodDraft, { to: [{ name: 'Gloria Benavides' }] }),
      example('a host that cannot read To', goodDraft, { to: undefined }),
    ],
    fail: [
      example('empty To', goodDraft, { to: [] }),
      example('sent to the colleague', goodDraft, { to: [{ email: 'mwebb@fenwickrowe.example' }] }),
      example('an unknown address', goodDraft, { to: [{ email: 'gloria@gmail.example' }] }),
    ],
  },
};
