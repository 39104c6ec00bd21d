import { render } from 'preact';
import browser from '../shared/browser';
import { createStore } from '../shared/store';
import { installLeaveHandlers } from '../ui/page-lifecycle';
import { OptionsApp } from './options-app';
import '../ui/ui.css';
import './options.css';

const store = createStore();
installLeaveHandlers(window, () => store.flush());
document.documentElement.lang = browser.i18n.getUILanguage() || 'en';
document.title = browser.i18n.getMessage('optionsTitle') || document.title;
render(<OptionsApp store={store} />, document.getElementById('app')!);
