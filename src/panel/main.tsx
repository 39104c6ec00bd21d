import { render } from 'preact';
import browser from '../shared/browser';
import { createStore } from '../shared/store';
import { Panel } from './panel';
import { createPanelModel } from './panel-model';
import { suggestOpening } from './open-by-itself';
import { connectPanelPort } from './panel-port';
import './panel.css';
// Outlook's Fluent look, applied under .host-outlook only.
import './host-outlook.css';

const store = createStore();
const port = connectPanelPort();
const model = createPanelModel(store, port, {
  openOptions: () => browser.runtime.openOptionsPage(),
});
const stopSuggesting = suggestOpening(store, model.compose, port);
addEventListener('pagehide', () => {
  stopSuggesting();
  model.dispose();
  store.dispose();
});

render(<Panel model={model} />, document.getElementById('app')!);
