import { render } from 'preact';
import browser from '../shared/browser';
import { createStore } from '../shared/store';
import { t } from '../ui/i18n';
import { installLeaveHandlers } from '../ui/page-lifecycle';
import { CardApp } from './card-app';
import '../ui/ui.css';
import './card.css';

// Opened as src/card/index.html?interview=<id>&interviewer=<id> (popup, notifications).
const params = new URLSearchParams(location.search);
const store = createStore();
installLeaveHandlers(window, () => store.flush());
document.documentElement.lang = browser.i18n.getUILanguage() || 'en';
document.title = `${t('cardPageTitle')} · ${t('extName')}`;
render(
  <CardApp
    store={store}
    interviewId={params.get('interview') ?? ''}
    interviewerId={params.get('interviewer') ?? ''}
    print={() => window.print()}
  />,
  document.getElementById('app')!,
);
