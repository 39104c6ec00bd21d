/**
 * The sample interview the template preview is filled from: the same example values the
 * field list shows, and the user's own name and signature once they are set.
 */
import type { Settings } from '../core/model/types';
import type { TemplateContext } from '../core/templates/fields';

export function sampleContext(settings: Pick<Settings, 'userName' | 'signature'>): TemplateContext {
  return {
    interview: {
      company: 'Fenwick & Rowe',
      role: 'Store Manager',
      when: '2026-04-07T10:00:00-04:00',
      timeZone: 'America/New_York',
      decisionBy: '2026-04-17',
    },
    interviewer: {
      name: 'Gloria Benavides',
      title: 'District Manager',
      topics: ['the holiday staffing plan', 'the new POS rollout', 'weekend coverage'],
      concerns: [
        {
          id: 'sample-1',
          text: 'only managed 6 people',
          answer: 'On team size: I led a team of 14 through two holiday seasons',
        },
      ],
    },
    settings: {
      userName: settings.userName.trim() || 'Tomasz Wierzbicki',
      signature: settings.signature.trim() || settings.userName.trim() || 'Tomasz Wierzbicki',
    },
  };
}
