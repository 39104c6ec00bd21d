/** The content script on Gmail: the manifest loads it on mail.google.com only. */
import { gmail } from './hosts/gmail';
import { startOn } from './index';

startOn(gmail);
