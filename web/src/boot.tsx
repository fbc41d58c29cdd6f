import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { startWall } from './wall/start-wall.ts';
import { WallApp } from './wall/wall-app.tsx';
import { loadOfflineStart } from './offline/outbox.store.ts';
import { useSessionStore } from './session/session.store.ts';
import { startApp } from './state/controller.ts';
import { wireStores } from './state/wiring.ts';
import { prewarmMap } from './map/wangge-map.ts';
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

// view=wall: the 创文办's screen, which has no header, no drawers and follows the running week
const wall = new URLSearchParams(window.location.search).get('view') === 'wall';
// MapLibre's worker loads and starts while the base data is still on its way
prewarmMap();
wireStores();
void (wall ? startWall() : startApp());
if (!wall) void useSessionStore.getState().load();

createRoot(document.getElementById('root')!).render(<StrictMode>{wall ? <WallApp /> : <App />}</StrictMode>);
// the outbox's queue (read from IndexedDB) and the service worker start after the first paint
if (!wall) void loadOfflineStart().then((m) => m.startOffline());
