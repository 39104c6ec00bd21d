import { render } from 'preact';
import { Panel } from './panel';

render(<Panel />, document.getElementById('app')!);
