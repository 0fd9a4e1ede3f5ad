// Copies SQLite's write-ahead log back into the database file from a worker thread. Left to the
// writing connection, once the log passes its threshold every commit runs a checkpoint and stops
// the event loop for it: at 200,000 conversations commits of ten messages took 60–80 ms, and the
// webhooks behind them waited (p99 delivery 75–100 ms at 1,000 messages/s; 21 ms without). A
// second connection on the other core checkpoints instead: a PASSIVE checkpoint never blocks the
// writer or readers, and the writer starts the log afresh once everything in it has been copied.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** How often the worker checkpoints: the log holds about this long's writes. */
export const CHECKPOINT_EVERY_MS = 1_000;

export interface Checkpointer {
  stop(): Promise<void>;
}

// Plain CommonJS run by the worker: no TypeScript loader is needed there.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 5000');
const timer = setInterval(() => {
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch (error) { parentPort.postMessage({ error: String(error) }); }
}, workerData.everyMs);
parentPort.on('message', () => {
  clearInterval(timer);
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch {}
  db.close();
  parentPort.postMessage({ stopped: true });
});
`;

/**
 * Starts checkpointing `file` from a worker. `onFailure` hears when the worker cannot (it could
 * not open the file, or it died): the caller then lets its own connection checkpoint again, so the
 * log never grows without bound.
 */
export function startCheckpointer(file: string, onFailure: (message: string) => void, everyMs = CHECKPOINT_EVERY_MS): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, driver, everyMs } });
  // Never what keeps the process alive.
  worker.unref();
  let isStopping = false;
  let hasExited = false;
  let stopped: (() => void) | undefined;
  worker.on('message', (message: { error?: string; stopped?: boolean }) => {
    if (message.error) onFailure(message.error);
    if (message.stopped) stopped?.();
  });
  worker.on('error', (error) => onFailure(String(error)));
  worker.on('exit', (code) => {
    hasExited = true;
    if (!isStopping) onFailure(`checkpoint worker exited (${code})`);
  });
  return {
    stop: () => new Promise<void>((resolve) => {
      isStopping = true;
      if (hasExited) { resolve(); return; }
      const done = () => { void worker.terminate().then(() => resolve()); };
      stopped = done;
      worker.once('exit', () => resolve());
      worker.postMessage('stop');
      // A worker that does not answer (stuck on a lock) is ended anyway.
      setTimeout(done, 2_000).unref();
    }),
  };
}
