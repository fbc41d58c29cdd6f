import { serve } from '@hono/node-server';
import { createApp, fixedClock, openSqliteStore } from '@wangge/api';

/** The API alone (no web app) on an existing database: bench:load's server, in a process of its own. */
const [file, port, now] = process.argv.slice(2);
const store = openSqliteStore(file);
const app = createApp({ store, clock: fixedClock(now) });
serve({ fetch: app.fetch, port: Number(port) }, () => console.log('ready'));
