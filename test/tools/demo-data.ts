/**
 * Demo data for `npm start`: one job seeker's fortnight, with an interview in every state
 * the popup's due list can show (thank-you due soon, overdue, too soon, card to post,
 * follow-up due, to close), one closed with its outcome and one fully thanked. Shaped as an
 * export file, so it loads through the same validated import as a user's own file.
 */
import { defaultSettings } from '../../src/core/model/defaults';
import { EXPORT_FORMAT, type ExportFile } from '../../src/core/model/export-file';
import {
  SCHEMA_VERSION,
  type Concern,
  type Interview,
  type Interviewer,
  type SentNote,
} from '../../src/core/model/types';
import { formatDate, formatOffsetDateTime, zonedTime } from '../../src/core/timing/zoned-time';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function demoData(
  now: Date,
  timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
): ExportFile {
  const t = now.getTime();
  const at = (msAgo: number) => new Date(t - msAgo).toISOString();
  const when = (msAgo: number) => formatOffsetDateTime(roundToQuarter(t - msAgo), timeZone);
  // "Too soon" lasts ten minutes from the start, so this one is not rounded to the quarter.
  const justNow = (msAgo: number) =>
    formatOffsetDateTime(Math.floor((t - msAgo) / MINUTE) * MINUTE, timeZone);
  const day = (msFromNow: number) => formatDate(zonedTime(t + msFromNow, timeZone));
  const named = timeZone.includes('/') ? { timeZone } : {};

  const concern = (id: string, text: string, answer?: string): Concern => ({
    id,
    text,
    ...(answer ? { answer } : {}),
  });
  const person = (
    id: string,
    name: string,
    title: string,
    email: string,
    extra: Partial<Interviewer> = {},
  ): Interviewer => ({ id, name, title, email, concerns: [], topics: [], history: [], ...extra });
  const sent = (kind: SentNote['kind'], msAgo: number, text: string): SentNote => ({
    kind,
    at: at(msAgo),
    channel: kind === 'card' ? 'card' : 'email',
    ...(kind === 'card' ? {} : { subject: kind === 'follow-up' ? 'Following up' : 'Thank you' }),
    text,
  });
  const interview = (
    id: string,
    fields: Omit<Interview, 'kind' | 'id' | 'schemaVersion' | 'rev' | 'updatedAt' | 'notes'> & {
      notes?: string;
      updatedAgo: number;
    },
  ): Interview => {
    const { updatedAgo, ...rest } = fields;
    return {
      kind: 'interview',
      id,
      schemaVersion: SCHEMA_VERSION,
      rev: 1,
      updatedAt: at(updatedAgo),
      notes: '',
      ...named,
      ...rest,
    };
  };

  const interviews: Interview[] = [
    // Too soon: a short screening call that started four minutes ago.
    interview('demo-brightline', {
      company: 'Brightline Transit',
      role: 'Customer Experience Lead',
      when: justNow(4 * MINUTE),
      format: 'phone',
      channel: 'email',
      decisionBy: day(7 * DAY),
      updatedAgo: 2 * MINUTE,
      interviewers: [
        person(
          'demo-brightline-1',
          'Priya Raman',
          'Director of Customer Experience',
          'priya.raman@brightline.example',
          {
            concerns: [
              concern(
                'demo-brightline-c1',
                'no transit industry background',
                'Five years running support for a ride-share fleet: same riders, same peaks.',
              ),
            ],
            topics: ['rider complaint backlog', 'the new fare app'],
          },
        ),
      ],
    }),
    // Due soon: a panel of two, about five hours left in the window.
    interview('demo-northwind', {
      company: 'Northwind Health',
      role: 'Clinic Operations Manager',
      when: when(19 * HOUR),
      format: 'panel',
      channel: 'email',
      decisionBy: day(6 * DAY),
      notes: 'Parking is behind building C. They use Epic.',
      updatedAgo: 18 * HOUR,
      interviewers: [
        person(
          'demo-northwind-1',
          'Dana Whitfield',
          'VP of Operations',
          'dana.whitfield@northwind.example',
          {
            concerns: [
              concern(
                'demo-northwind-c1',
                'gap in CV 2023',
                'In 2023 I cared for my father and finished a Lean Six Sigma Green Belt.',
              ),
              concern('demo-northwind-c2', 'never managed unionised staff'),
            ],
            topics: ['patient wait times', 'the Riverside clinic opening'],
          },
        ),
        person(
          'demo-northwind-2',
          'Marcus Oyelaran',
          'Nurse Manager',
          'm.oyelaran@northwind.example',
          {
            concerns: [
              concern(
                'demo-northwind-c3',
                'weekend on-call',
                'I can cover one weekend in three, as I did at Lakeside.',
              ),
            ],
            topics: ['shift scheduling', 'float pool'],
          },
        ),
      ],
    }),
    // Overdue: the 24 hours ran out six hours ago.
    interview('demo-fenwick', {
      company: 'Fenwick & Rowe',
      role: 'Store Manager',
      when: when(30 * HOUR),
      format: 'onsite',
      channel: 'email',
      decisionBy: day(5 * DAY),
      updatedAgo: 29 * HOUR,
      interviewers: [
        person(
          'demo-fenwick-1',
          'Gloria Benavides',
          'District Manager',
          'gbenavides@fenwickrowe.example',
          {
            concerns: [
              concern(
                'demo-fenwick-c1',
                'only managed 6 ppl',
                'I led a team of 14 through two holiday seasons.',
              ),
            ],
            topics: ['holiday staffing plan', 'new POS rollout', 'weekend coverage'],
          },
        ),
      ],
    }),
    // Card to post: the recruiter wrote by hand, so a card goes in the post within 48 hours.
    interview('demo-alder', {
      company: 'Alder & Finch Architects',
      role: 'Studio Coordinator',
      when: when(20 * HOUR),
      format: 'onsite',
      channel: 'card',
      updatedAgo: 19 * HOUR,
      interviewers: [
        person('demo-alder-1', 'Helena Sørensen', 'Managing Partner', 'helena@alderfinch.example', {
          concerns: [
            concern(
              'demo-alder-c1',
              'no Revit experience',
              'I am halfway through the Autodesk Revit fundamentals course.',
            ),
          ],
          topics: ['the library competition entry'],
        }),
      ],
    }),
    // Thanked: both notes went out; they decide next week, so nothing is due.
    interview('demo-juniper', {
      company: 'Juniper Schools',
      role: 'Program Coordinator',
      when: when(2 * DAY),
      format: 'video',
      channel: 'email',
      decisionBy: day(9 * DAY),
      updatedAgo: 40 * HOUR,
      interviewers: [
        person(
          'demo-juniper-1',
          'Tomás Aguilar',
          'Head of Programs',
          'tomas.aguilar@juniper.example',
          {
            topics: ['after-school robotics'],
            thankedAt: at(41 * HOUR),
            history: [sent('thank-you', 41 * HOUR, 'Dear Tomás, thank you for …')],
          },
        ),
        person('demo-juniper-2', 'Aisha Bello', 'Program Manager', 'aisha.bello@juniper.example', {
          topics: ['volunteer onboarding'],
          thankedAt: at(40 * HOUR),
          history: [sent('thank-you', 40 * HOUR, 'Dear Aisha, thank you for …')],
        }),
      ],
    }),
    // Follow-up due: they meant to decide four days ago and have not written.
    interview('demo-cobalt', {
      company: 'Cobalt Robotics',
      role: 'Technical Project Manager',
      when: when(11 * DAY),
      format: 'video',
      channel: 'email',
      decisionBy: day(-4 * DAY),
      updatedAgo: 10 * DAY,
      interviewers: [
        person('demo-cobalt-1', 'Wen Li', 'Engineering Manager', 'wen.li@cobalt.example', {
          concerns: [
            concern(
              'demo-cobalt-c1',
              'hardware timelines',
              'I shipped two firmware releases against fixed factory slots.',
            ),
          ],
          topics: ['the warehouse pilot'],
          thankedAt: at(10 * DAY + 20 * HOUR),
          history: [sent('thank-you', 10 * DAY + 20 * HOUR, 'Dear Wen, thank you for …')],
        }),
      ],
    }),
    // To close: two follow-ups, the last almost three weeks ago, and no answer.
    interview('demo-meridian', {
      company: 'Meridian Bank',
      role: 'Branch Operations Analyst',
      when: when(42 * DAY),
      format: 'phone',
      channel: 'email',
      decisionBy: day(-34 * DAY),
      updatedAgo: 20 * DAY,
      interviewers: [
        person(
          'demo-meridian-1',
          'Robert Lindqvist',
          'Regional Manager',
          'r.lindqvist@meridian.example',
          {
            topics: ['branch consolidation'],
            thankedAt: at(41 * DAY + 18 * HOUR),
            history: [
              sent('thank-you', 41 * DAY + 18 * HOUR, 'Dear Robert, thank you for …'),
              sent('follow-up', 32 * DAY, 'Dear Robert, I am following up …'),
              sent('follow-up', 20 * DAY, 'Dear Robert, I wanted to check in once more …'),
            ],
          },
        ),
      ],
    }),
    // Closed with its outcome and a lesson for next time.
    interview('demo-sable', {
      company: 'Sable Analytics',
      role: 'Operations Manager',
      when: when(55 * DAY),
      format: 'onsite',
      channel: 'email',
      decisionBy: day(-45 * DAY),
      updatedAgo: 40 * DAY,
      interviewers: [
        person('demo-sable-1', 'Keisha Monroe', 'COO', 'keisha.monroe@sable.example', {
          topics: ['vendor consolidation'],
          thankedAt: at(54 * DAY + 20 * HOUR),
          history: [sent('thank-you', 54 * DAY + 20 * HOUR, 'Dear Keisha, thank you for …')],
        }),
      ],
      outcome: {
        result: 'rejection',
        lesson: 'Bring a one-page plan for the first 90 days.',
        closedAt: at(40 * DAY),
      },
    }),
  ];

  return {
    format: EXPORT_FORMAT,
    version: SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    interviews,
    templates: [],
    settings: {
      ...defaultSettings(now),
      rev: 1,
      userName: 'Maya Okafor',
      signature: 'Maya Okafor\n(555) 014-2290',
    },
  };
}

function roundToQuarter(ms: number): number {
  const quarter = 15 * MINUTE;
  return Math.floor(ms / quarter) * quarter;
}

/** One row of the demo's inbox: who wrote, about what, and when (minutes before now). */
export interface DemoMessage {
  from: string;
  subject: string;
  snippet: string;
  minutesAgo: number;
  unread?: boolean;
  starred?: boolean;
  /** A label chip shown before the subject, as mail clients show user labels. */
  label?: string;
}

/**
 * The job seeker's inbox around the notes above: the recruiters of the interviews in
 * `demoData` (same companies, people and timing), job alerts, and ordinary mail, so the
 * panel is seen next to the mix a real inbox holds.
 */
export function demoInbox(): DemoMessage[] {
  const H = 60;
  const D = 24 * H;
  return [
    {
      from: 'Priya Raman',
      subject: 'Thanks for the call today',
      snippet:
        'Great speaking with you just now. I will share notes with the team and be in touch…',
      minutesAgo: 2,
      unread: true,
      label: 'Interviews',
    },
    {
      from: 'Sam Rivera',
      subject: 'Sunday hike?',
      snippet: 'Weather looks perfect. Trailhead at 9? I can drive if you bring the snacks',
      minutesAgo: 48,
      unread: true,
    },
    {
      from: 'Jobs Digest',
      subject: '12 new Operations Manager roles near you',
      snippet: 'Clinic Operations Lead · Harbor Health · Full-time. Operations Manager · Quill…',
      minutesAgo: 3 * H,
    },
    {
      from: 'Northwind Health Careers',
      subject: 'Panel interview: Clinic Operations Manager',
      snippet:
        'Thank you for meeting Dana Whitfield and Marcus Oyelaran. Parking is behind building C…',
      minutesAgo: 19 * H + 20,
      starred: true,
      label: 'Interviews',
    },
    {
      from: 'Calendar',
      subject: 'Reminder: Panel interview, Northwind Health',
      snippet: 'Building C, room 204 · Dana Whitfield, Marcus Oyelaran',
      minutesAgo: 20 * H,
    },
    {
      from: 'Gloria Benavides',
      subject: 'Store Manager: on-site interview',
      snippet: 'Looking forward to showing you the floor. Please bring two forms of ID for the…',
      minutesAgo: 31 * H,
      label: 'Interviews',
    },
    {
      from: 'Alder & Finch Architects',
      subject: 'Your visit to the studio',
      snippet: 'Helena asked me to thank you for coming in. We will be in touch by post with…',
      minutesAgo: 20 * H + 40,
      label: 'Interviews',
    },
    {
      from: 'Mom',
      subject: 'Re: Good luck tomorrow!',
      snippet: 'Call me after. Dad says the tie is fine, stop worrying about the tie',
      minutesAgo: 26 * H,
    },
    {
      from: 'Tomás Aguilar',
      subject: 'Re: Thank you',
      snippet: 'Thank you for the kind note. The robotics club would love a coordinator like…',
      minutesAgo: 38 * H,
      label: 'Interviews',
    },
    {
      from: 'City Library',
      subject: 'Your holds are ready for pickup',
      snippet: 'The Effective Manager and 1 more item are waiting at Central Branch until…',
      minutesAgo: 2 * D + 5 * H,
    },
    {
      from: 'Wen Li',
      subject: 'Re: Technical Project Manager',
      snippet: 'Thanks again for your time last week. We are finishing the last conversations…',
      minutesAgo: 9 * D,
      label: 'Interviews',
    },
    {
      from: 'Greenleaf Bank',
      subject: 'Your December statement is ready',
      snippet: 'Your statement for account ending 2290 is now available to view online',
      minutesAgo: 10 * D,
    },
    {
      from: 'Career Workshop',
      subject: 'Slides: Answering "tell me about a gap"',
      snippet: 'Thanks for joining Thursday. Here are the slides and the one-page script we…',
      minutesAgo: 12 * D,
    },
    {
      from: 'Robert Lindqvist',
      subject: 'Re: Following up',
      snippet: 'Thanks for checking in. We are still reviewing and will let you know once…',
      minutesAgo: 32 * D,
      label: 'Interviews',
    },
    {
      from: 'Jobs Digest',
      subject: '8 new Program Coordinator roles',
      snippet: 'Program Coordinator · Juniper Schools · Hybrid. Youth Programs Lead · Cedar…',
      minutesAgo: 14 * D,
    },
    {
      from: 'Keisha Monroe',
      subject: 'Operations Manager role',
      snippet: 'Thank you for your interest and the time you gave us. After careful thought…',
      minutesAgo: 40 * D,
    },
    {
      from: 'Sam Rivera',
      subject: 'Photos from the lake',
      snippet: 'Finally uploaded them. The one of you with the kayak is going on the fridge',
      minutesAgo: 44 * D,
    },
    {
      from: 'Meridian Bank',
      subject: 'Application received',
      snippet: 'Thank you for applying for Branch Operations Analyst. Our team will review…',
      minutesAgo: 45 * D,
    },
  ];
}
