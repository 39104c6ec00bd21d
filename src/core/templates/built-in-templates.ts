/**
 * The templates Follow-Through ships. Short and specific by construction: each leans on
 * the topics and planned answers (the hiring advice: reflect that person's conversation,
 * answer their concerns, confirm interest, stay brief). Users may edit them and reset them
 * to this text.
 */
import { SCHEMA_VERSION, type Template, type TemplateKind } from '../model/types';

interface BuiltIn {
  id: string;
  name: string;
  type: TemplateKind;
  subject: string;
  body: string;
}

export const BUILT_IN_TEMPLATES: readonly BuiltIn[] = [
  {
    id: 'builtin-thank-you',
    name: 'Thank-you email',
    type: 'email',
    subject: 'Thank you – {{role}} interview',
    body: `Dear {{firstName}},

Thank you for taking the time to meet with me on {{weekday}} about the {{role}} role at {{company}}. I especially enjoyed our conversation about {{firstTopic}}.

{{concernParagraphs}}

Our conversation confirmed my interest in joining {{company}}, and I would welcome the chance to contribute. Please let me know if there is anything else I can provide.

Best regards,
{{myName}}`,
  },
  {
    id: 'builtin-short',
    name: 'Short email',
    type: 'email',
    subject: 'Thank you, {{firstName}}',
    body: `Hi {{firstName}},

Thank you for your time on {{weekday}}. I enjoyed hearing about {{allTopics}}, and I left even more interested in the {{role}} role.

{{concernParagraphs}}

I look forward to hearing from you.

Best,
{{myName}}`,
  },
  {
    id: 'builtin-card',
    name: 'Handwritten card',
    type: 'card',
    subject: 'Card for {{fullName}}',
    body: `Dear {{firstName}},

Thank you for taking the time to meet with me on {{weekday}}. I enjoyed our conversation about {{firstTopic}}, and I left with a much clearer picture of what your team is building at {{company}} and of the work ahead.

{{concernParagraphs}}

I am very interested in the {{role}} position, and I would be glad to bring my experience and energy to your team. Thank you for your time and your candor; I hope we can continue the conversation soon.

With thanks,
{{myName}}`,
  },
  {
    id: 'builtin-follow-up',
    name: 'Follow-up',
    type: 'follow-up',
    subject: 'Following up on the {{role}} interview',
    body: `Dear {{firstName}},

I hope your week is going well. I am following up on my interview for the {{role}} position on {{interviewDate}}. You mentioned that you expected to reach a decision by {{decisionDate}}, and I wanted to let you know that I remain very interested in joining {{company}}.

If there is anything else I can provide, I would be glad to send it.

Thank you again for your time and consideration.

Best regards,
{{myName}}`,
  },
];

/** The shipped templates as stored records (fixed ids, so "reset" finds its original). */
export function builtInTemplates(updatedAt = '1970-01-01T00:00:00.000Z'): Template[] {
  return BUILT_IN_TEMPLATES.map((t) => ({
    kind: 'template',
    schemaVersion: SCHEMA_VERSION,
    rev: 0,
    updatedAt,
    builtIn: true,
    ...t,
  }));
}

/** The shipped text of a built-in template, to reset an edited copy; null for user templates. */
export function resetBuiltIn(template: Template): Template | null {
  const original = BUILT_IN_TEMPLATES.find((t) => t.id === template.id);
  if (!original) return null;
  return { ...template, ...original, builtIn: true };
}
