/**
 * For pg-cluster.test.ts: starts a cluster, prints its port and folder as one JSON line, then
 * ends the way argv[2] says — `exit` (a normal exit that never called stop) or `kill` (SIGKILL,
 * as a crash or the OOM killer would) — so the test can check the server does not outlive it.
 */
import { startPgCluster } from './pg-cluster.ts';

const how = process.argv[2];
const cluster = await startPgCluster();
console.log(JSON.stringify({ port: cluster.port, dir: cluster.dir }));
if (how === 'kill') process.kill(process.pid, 'SIGKILL');
else process.exit(0);
