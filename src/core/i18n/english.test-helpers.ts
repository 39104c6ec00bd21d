/** Words core `Text` in English, as the command line does, for tests that read the words. */
import messages from '../../../public/_locales/en/messages.json';
import { catalogLookup, wordWith, type Text } from './text';

const lookup = catalogLookup(messages);

export function english(value: Text): string {
  return wordWith(lookup, value);
}
