/** The content script on the Outlook hosts: the manifest loads it there only. */
import { outlook } from './hosts/outlook';
import { startOn } from './index';

startOn(outlook);
