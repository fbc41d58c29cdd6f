import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { DownloadJob, DownloadReply } from './download-job.ts';

/**
 * Download threads: one less than the cores (at least one, at most two), so that the API's own
 * thread keeps a core while the largest downloads are read and written. Started when first needed
 * and kept (a thread loads the API's code once, about a second); they do not keep the process alive.
 */
const MAX_THREADS = Math.max(1, Math.min(2, availableParallelism() - 1));

interface Thread {
  worker: Worker;
  pending: Map<number, { resolve: (bytes: Uint8Array) => void; reject: (err: Error) => void }>;
}

const threads: Thread[] = [];
let nextId = 1;

function start(): Thread {
  const worker = new Worker(new URL('./download-boot.mjs', import.meta.url), { workerData: { entry: new URL('./download-thread.ts', import.meta.url).href } });
  worker.unref();
  const thread: Thread = { worker, pending: new Map() };
  const fail = (err: Error) => {
    const at = threads.indexOf(thread);
    if (at >= 0) threads.splice(at, 1);
    for (const p of thread.pending.values()) p.reject(err);
    thread.pending.clear();
  };
  worker.on('message', (reply: DownloadReply) => {
    const p = thread.pending.get(reply.id);
    if (!p) return;
    thread.pending.delete(reply.id);
    if (reply.bytes) p.resolve(new Uint8Array(reply.bytes));
    else p.reject(new Error(`download: ${reply.error}`));
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`download thread stopped (${code})`)));
  threads.push(thread);
  return thread;
}

/** The least busy thread, or a new one while there are fewer than MAX_THREADS and all are busy. */
function pick(): Thread {
  const idle = threads.reduce<Thread | undefined>((best, t) => (!best || t.pending.size < best.pending.size ? t : best), undefined);
  if (idle && (idle.pending.size === 0 || threads.length >= MAX_THREADS)) return idle;
  return start();
}

/** The file a download job makes, made in a download thread. */
export function inDownloadThread(job: DownloadJob): Promise<Uint8Array> {
  const thread = pick();
  const id = nextId++;
  return new Promise<Uint8Array>((resolve, reject) => {
    thread.pending.set(id, { resolve, reject });
    thread.worker.postMessage({ id, job });
  });
}
