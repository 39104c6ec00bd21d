import { render } from 'preact';
import browser from '../shared/browser';
import { createStore } from '../shared/store';
import { installLeaveHandlers } from '../ui/page-lifecycle';
import { PopupApp } from './popup-app';
import '../ui/ui.css';
import './popup.css';

const store = createStore();
installLeaveHandlers(window, () => store.flush());
document.documentElement.lang = browser.i18n.getUILanguage() || 'en';
render(<PopupApp store={store} api={browser} />, document.getElementById('app')!);
