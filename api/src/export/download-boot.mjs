// A download thread's first module: the API is TypeScript run through tsx, whose loader a worker
// thread does not inherit, so the thread registers it and then loads its real entry.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
