import { render } from 'preact';
import browser from '../shared/browser';
import { createStore } from '../shared/store';
import { installLeaveHandlers } from '../ui/page-lifecycle';
import { WelcomeApp } from './welcome-app';
import '../ui/ui.css';
import './welcome.css';

const store = createStore();
installLeaveHandlers(window, () => store.flush());
document.documentElement.lang = browser.i18n.getUILanguage() || 'en';
document.title = browser.i18n.getMessage('welcomeTitle') || document.title;

async function shortcut(): Promise<string> {
  try {
    const commands = await browser.commands.getAll();
    return commands.find((command) => command.name === 'toggle-panel')?.shortcut ?? '';
  } catch {
    return '';
  }
}

void shortcut().then((keys) =>
  render(
    <WelcomeApp
      store={store}
      shortcut={keys}
      openOptions={() => void browser.runtime.openOptionsPage()}
    />,
    document.getElementById('app')!,
  ),
);
