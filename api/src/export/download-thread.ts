import { getPriority, setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { openPgReader } from '../db/pg-store.ts';
import { openSqliteReader } from '../db/sqlite-store.ts';
import type { Q, StoreSource } from '../db/store.ts';
import { DOWNLOAD_THREAD_NICE, type DownloadJob, type DownloadReply } from './download-job.ts';
import { buildProblemFile } from './problem-download.ts';

// A thread that reads a large download's rows from a connection of its own and writes the file,
// so that neither the reading nor the writing holds up the API's event loop. Loaded by
// download-boot.mjs; its jobs come from download-pool.ts.

// On Linux a nice value belongs to a thread, and setpriority() on "this process" sets the calling
// thread's: the thread gives way to the API's own whenever both want the CPU (elsewhere it would be
// the whole process's, so it is left alone).
// the thread's nice only ever goes up: a process already run nicer keeps its own
if (process.platform === 'linux' && getPriority() < DOWNLOAD_THREAD_NICE) setPriority(DOWNLOAD_THREAD_NICE);

const readers = new Map<string, Q>();

/** One connection per database for the thread's life: SQLite read-only, PostgreSQL a pool of two. */
function reader(source: StoreSource, countyId: string | undefined): Q {
  const key = source.dialect === 'sqlite' ? source.file : source.url;
  let q = readers.get(key);
  if (!q) {
    q = source.dialect === 'sqlite' ? openSqliteReader(source.file).q : openPgReader(source.url).q;
    readers.set(key, q);
  }
  return { ...q, countyId };
}

async function run({ source, countyId, filter, now, format }: DownloadJob): Promise<ArrayBuffer> {
  const bytes = await buildProblemFile(reader(source, countyId), filter, now, format);
  return bytes.buffer.byteLength === bytes.byteLength ? (bytes.buffer as ArrayBuffer) : bytes.slice().buffer;
}

/** Jobs one after another: the first asked for is the first done, instead of all finishing last. */
let turn: Promise<void> = Promise.resolve();

parentPort!.on('message', ({ id, job }: { id: number; job: DownloadJob }) => {
  turn = turn.then(() =>
    run(job).then(
      (bytes) => parentPort!.postMessage({ id, bytes } satisfies DownloadReply, [bytes]),
      (err: unknown) => parentPort!.postMessage({ id, error: err instanceof Error ? err.message : String(err) } satisfies DownloadReply),
    ),
  );
});
