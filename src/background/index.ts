import browser from '../shared/browser';

browser.runtime.onInstalled.addListener(() => {
  void browser.action.setBadgeBackgroundColor({ color: '#1565c0' });
});
