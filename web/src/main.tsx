// first of the styles, where antd puts the styles it generates: antd's styles of the first page (vite.config.ts)
import 'virtual:antd-styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n';
// before App: starts the session check and the start page's loads (after i18n, whose language the calls send)
import { sessionAtStart, settledWithin } from './app/startup';
import './styles/app.css';
import './styles/print.css';
import './styles/a11y.css';
import App from './app/App';

const root = createRoot(document.getElementById('root')!);
// The first render waits a moment for what app/startup.ts asked for, so that it can be the page itself instead of
// the loading state first; on a slow line it shows the loading state after that moment, as before.
void settledWithin(200).then(() =>
  root.render(
    <StrictMode>
      <App session={sessionAtStart} />
    </StrictMode>,
  ),
);
