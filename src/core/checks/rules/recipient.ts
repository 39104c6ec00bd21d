import type { Interviewer } from '../../model/types';
import { msg, type Sub } from '../../i18n/text';
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

function label(recipient: Recipient): Sub {
  return recipient.email?.trim() || recipient.name?.trim() || msg('recipientSomeone');
}

export const recipientRule: Rule = {
  id: 'recipient',
  title: 'ruleTitle_recipient',
  reason: 'ruleReason_recipient',
  defaults: { enabled: true, thresholds: {} },
  check(analysis) {
    const to = analysis.input.to;
    if (to === undefined) return [];
    const { interviewer, others } = analysis;
    const filled = to.filter((r) => normalise(r.email) || normalise(r.name));
    const email = interviewer.email;
    if (filled.length === 0) {
      const message = email
        ? msg('recipientEmptyEmail', interviewer.name, email)
        : msg('recipientEmpty', interviewer.name);
      return [finding(recipientRule, 'warning', message)];
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
            msg('recipientColleague', colleague.name, interviewer.name),
          ),
        );
      } else if (email && recipient.email) {
        out.push(
          finding(
            recipientRule,
            'warning',
            msg('recipientNotSaved', label(recipient), firstName(interviewer), email),
          ),
        );
      }
    }
    if (!found && out.length === 0) {
      const who = label(filled[0] ?? {});
      out.push(
        email
          ? finding(recipientRule, 'warning', msg('recipientNoMatch', who, interviewer.name, email))
          : finding(recipientRule, 'info', msg('recipientNoAddress', interviewer.name, who)),
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
