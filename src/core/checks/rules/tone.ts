import { msg } from '../../i18n/text';
import { example, goodDraft } from '../examples';
import { finding } from '../finding';
import { threshold } from '../settings';
import type { Finding, Rule } from '../types';

// Chat shorthand that reads as careless in a note to a hiring manager.
const TEXT_SPEAK = new Map<string, string>([
  ['u', 'you'],
  ['ur', 'your'],
  ['r', 'are'],
  ['thx', 'thanks'],
  ['thnx', 'thanks'],
  ['thanx', 'thanks'],
  ['tks', 'thanks'],
  ['ty', 'thank you'],
  ['tysm', 'thank you so much'],
  ['pls', 'please'],
  ['plz', 'please'],
  ['lol', ''],
  ['lmao', ''],
  ['omg', ''],
  ['btw', 'by the way'],
  ['imo', 'in my opinion'],
  ['imho', 'in my opinion'],
  ['idk', "I don't know"],
  ['tbh', 'to be honest'],
  ['gonna', 'going to'],
  ['wanna', 'want to'],
  ['gotta', 'have to'],
  ['kinda', 'kind of'],
  ['sorta', 'sort of'],
  ['ya', 'you'],
  ['yeah', 'yes'],
  ['cuz', 'because'],
  ['coz', 'because'],
  ['bc', 'because'],
  ['b4', 'before'],
  ['l8r', 'later'],
  ['ttyl', 'talk to you later'],
  ['cya', 'see you'],
  ['kk', 'OK'],
  ['rn', 'right now'],
  ['w/e', 'whatever'],
]);

// Pictographs and emoticons; ©, ® and ™ are pictographic in Unicode but fine in a letter.
const EMOJI = /(?![©®™])\p{Extended_Pictographic}|(?<![\w/])[:;=][-']?[)(DPp](?!\w)|<3/u;

// Shorthand that is also a first name ("Ty") counts only in lower case.
const ALSO_NAMES = new Set(['ty', 'ya']);

export const toneRule: Rule = {
  id: 'tone',
  title: 'ruleTitle_tone',
  reason: 'ruleReason_tone',
  defaults: { enabled: true, thresholds: { maxExclamations: 1 } },
  check(analysis, setting) {
    const text = analysis.ownText;
    const out: Finding[] = [];
    const flagged = new Set<string>();
    for (const token of analysis.tokens) {
      const instead = TEXT_SPEAK.get(token.text);
      if (instead === undefined || flagged.has(token.text)) continue;
      const written = text.slice(token.start, token.end);
      // Capitals are initials and credentials ("Type U", "RN"), not chat shorthand; only
      // longer shouting forms ("BTW", "LOL") and a capitalised first word ("Thx") still count.
      const capitalised = written !== written.toLowerCase();
      if (capitalised && (written.length <= 2 || ALSO_NAMES.has(token.text))) continue;
      flagged.add(token.text);
      const message = instead
        ? msg('toneTextSpeak', written, instead)
        : msg('toneTextSpeakDrop', written);
      out.push(
        finding(toneRule, 'warning', message, {
          start: token.start,
          end: token.end,
        }),
      );
    }
    const emoji = EMOJI.exec(text);
    if (emoji) {
      out.push(
        finding(toneRule, 'warning', msg('toneEmoji', emoji[0]), {
          start: emoji.index,
          end: emoji.index + emoji[0].length,
        }),
      );
    }
    const limit = threshold(setting, 'maxExclamations', 1);
    let count = 0;
    for (let at = text.indexOf('!'); at !== -1; at = text.indexOf('!', at + 1)) {
      if (++count > limit) {
        out.push(
          finding(
            toneRule,
            'warning',
            limit === 1 ? msg('toneExclamationOne') : msg('toneExclamationMany', limit),
            {
              start: at,
              end: at + 1,
            },
          ),
        );
        break;
      }
    }
    return out;
  },
  examples: {
    pass: [
      example('professional', goodDraft),
      example('one exclamation mark', goodDraft.replace('next steps.', 'next steps!')),
      example(
        'a capital U as a name',
        goodDraft.replace('as well.', 'as well, like the Type U kit.'),
      ),
    ],
    fail: [
      example(
        'thx and u',
        goodDraft.replace('Thank you', 'Thx').replace('count on me', 'count on me, u know'),
      ),
      example('gonna', goodDraft.replace('I would be glad', 'I am gonna be glad')),
      example('emoji', goodDraft.replace('next steps.', 'next steps 🙂')),
      example('a smiley', goodDraft.replace('next steps.', 'next steps :)')),
      example('three exclamation marks', goodDraft.replace(/\./g, '!')),
    ],
  },
};
