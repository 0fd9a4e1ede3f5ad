// Runs a part of the benchmark in a child process of its own (so the server's memory and event
// loop are measured alone) and talks to it over IPC: a request, one answer, within a deadline.
import { fork, type ChildProcess } from 'node:child_process';

interface Envelope { id: number; body: unknown }
interface Answer { id: number; ok: boolean; value?: unknown; error?: string }

export interface ChildHandle {
  pid: number | undefined;
  request<T>(body: unknown, timeoutMs: number): Promise<T>;
  /** Asks the child to finish, then ends it by its pid if it has not within the grace period. */
  stop(graceMs?: number): Promise<void>;
}

export function startChild(file: string, extraNodeFlags: string[] = []): ChildHandle {
  // tsx's loader flags (process.execArgv) are passed on, so the child may be TypeScript too; a
  // profiling flag is not, so only the process it was asked for is profiled.
  const inherited = process.execArgv.filter((flag) => !flag.startsWith('--cpu-prof'));
  const child: ChildProcess = fork(file, [], {
    execArgv: [...inherited, ...extraNodeFlags], stdio: ['ignore', 'inherit', 'inherit', 'ipc'], serialization: 'advanced',
  });
  let nextId = 1;
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  const exited = new Promise<void>((resolve) => child.once('exit', (code, signal) => {
    for (const waiter of pending.values()) waiter.reject(new Error(`${file} exited (${signal ?? code}) before answering`));
    pending.clear();
    resolve();
  }));
  child.on('message', (raw) => {
    const answer = raw as Answer;
    const waiter = pending.get(answer.id);
    if (!waiter) return;
    pending.delete(answer.id);
    if (answer.ok) waiter.resolve(answer.value);
    else waiter.reject(new Error(answer.error ?? 'the child failed'));
  });
  return {
    pid: child.pid,
    request<T>(body: unknown, timeoutMs: number): Promise<T> {
      const id = nextId++;
      return new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          reject(new Error(`${file} did not answer within ${Math.round(timeoutMs / 1000)} s`));
        }, timeoutMs);
        pending.set(id, {
          resolve: (value) => { clearTimeout(timer); resolve(value as T); },
          reject: (error) => { clearTimeout(timer); reject(error); },
        });
        child.send({ id, body } satisfies Envelope);
      });
    },
    async stop(graceMs = 10_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      if (child.connected) child.disconnect();
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** The child's side: answers each request with the handler's result; leaves when the parent does. */
export function serveRequests(handler: (body: unknown) => Promise<unknown>): void {
  if (!process.send) throw new Error('this file runs as a benchmark child process (started by bench/run.ts)');
  process.on('disconnect', () => process.exit(0));
  process.on('message', (raw) => {
    const { id, body } = raw as Envelope;
    handler(body).then(
      (value) => process.send?.({ id, ok: true, value } satisfies Answer),
      (error: unknown) => process.send?.({ id, ok: false, error: error instanceof Error ? error.stack ?? error.message : String(error) } satisfies Answer),
    );
  });
}
