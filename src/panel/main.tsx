import { render } from 'preact';
import browser from '../shared/browser';
import { createStore } from '../shared/store';
import { Panel } from './panel';
import { createPanelModel } from './panel-model';
import { connectPanelPort } from './panel-port';
import './panel.css';
// Outlook's Fluent look, applied under .host-outlook only.
import './host-outlook.css';

const store = createStore();
const model = createPanelModel(store, connectPanelPort(), {
  openOptions: () => browser.runtime.openOptionsPage(),
});
addEventListener('pagehide', () => {
  model.dispose();
  store.dispose();
});

render(<Panel model={model} />, document.getElementById('app')!);
