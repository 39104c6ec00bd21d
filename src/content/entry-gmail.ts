/** The content script on Gmail: the build loads it on the Gmail rows of mail-hosts.ts only. */
import { gmail } from './hosts/gmail';
import { startOn } from './index';

startOn(gmail);
