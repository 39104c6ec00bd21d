/**
 * The one import of webextension-polyfill: upstream has frozen it and Chrome ships `browser`
 * natively (https://github.com/mozilla/webextension-polyfill#readme), so removing it later is a
 * one-line change here.
 */
import browser from 'webextension-polyfill';

export type { Runtime, Storage, Tabs } from 'webextension-polyfill';
export default browser;
