/**
 * The content script on the Outlook hosts: the manifest loads it there only. It also runs in
 * Outlook's pop-out, a window the opener opens on about:blank and renders into (the manifest's
 * `match_about_blank`; Briskine handles that window the same way): a content script never gets
 * the page's `window.open` result, so the opener's script could not watch the child.
 */
import { outlook } from './hosts/outlook';
import { startOn } from './index';

startOn(outlook);
