import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { useSessionStore } from './session/session.store.ts';
import { startApp } from './state/controller.ts';
import { wireStores } from './state/wiring.ts';
import './theme/tokens.css';
import './styles/base.css';
import './styles/header.css';
import './styles/overlay.css';
import './styles/panel.css';
import './styles/forms.css';
import './styles/drawer.css';
import './styles/reports.css';
import './styles/accountability.css';
import './styles/trends.css';
import './styles/counties.css';

wireStores();
void startApp();
void useSessionStore.getState().load();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
