import { render } from 'preact';
import browser from '../shared/browser';
import { parsePopupLink } from '../shared/links';
import { createStore } from '../shared/store';
import { installLeaveHandlers } from '../ui/page-lifecycle';
import { PopupApp } from './popup-app';
import '../ui/ui.css';
import './popup.css';

const store = createStore();
installLeaveHandlers(window, () => store.flush());
document.documentElement.lang = browser.i18n.getUILanguage() || 'en';
// Notifications open this page in a tab at `#interview=<id>` (see `popupLink`).
const link = parsePopupLink(location.hash);
render(<PopupApp store={store} api={browser} link={link} />, document.getElementById('app')!);
