/** The background's composition root: each feature registers itself with one line here. */
import browser from '../shared/browser';
import { startStore } from './store-service';
import { startReminders } from './reminders';
import { startWelcome } from './welcome';
import './commands';

startStore(browser);
startReminders(browser);
startWelcome(browser);

browser.runtime.onInstalled.addListener(() => {
  void browser.action.setBadgeBackgroundColor({ color: '#1565c0' });
});
