// What the server costs: its peak resident memory over a span, and the store's size on disk.
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import type { Store } from '../src/store/database.ts';

export interface PeakRss {
  /** Highest resident set size since the tracker started, in bytes. */
  peakBytes(): number;
  stop(): void;
}

function kernelPeakBytes(): number | undefined {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Linux keeps the process's high-water mark (VmHWM) and lets the process reset it, so a peak
 * between two samples is not missed; elsewhere sampling every 50 ms is the fallback.
 */
export function trackPeakRss(): PeakRss {
  let hasKernelPeak = false;
  try {
    fs.writeFileSync('/proc/self/clear_refs', '5');
    hasKernelPeak = kernelPeakBytes() !== undefined;
  } catch {
    hasKernelPeak = false;
  }
  let sampled = process.memoryUsage.rss();
  const timer = setInterval(() => { sampled = Math.max(sampled, process.memoryUsage.rss()); }, 50);
  timer.unref();
  return {
    peakBytes: () => Math.max(sampled, process.memoryUsage.rss(), (hasKernelPeak ? kernelPeakBytes() : undefined) ?? 0),
    stop: () => clearInterval(timer),
  };
}

/** Where the memory is at a phase's end, so a run shows which phase sets the peak and of what. */
export function describeMemory(peak: PeakRss): string {
  const mb = (bytes: number) => Math.round(bytes / 1048576);
  const m = process.memoryUsage();
  return `memory: peak so far ${mb(peak.peakBytes())} MB; now rss ${mb(m.rss)}, heap ${mb(m.heapUsed)}/${mb(m.heapTotal)}, external ${mb(m.external)} (array buffers ${mb(m.arrayBuffers)}) MB`;
}

/** The SQLite file with its WAL folded in, or PostgreSQL's size of the whole database. */
export async function storeSizeBytes(store: Store, sqliteFile: string): Promise<number> {
  if (store.dialect === 'postgres') {
    const result = await sql<{ size: number }>`select pg_database_size(current_database()) as size`.execute(store.db);
    return Number(result.rows[0]?.size ?? 0);
  }
  await sql`pragma wal_checkpoint(TRUNCATE)`.execute(store.db);
  const dir = path.dirname(sqliteFile);
  const base = path.basename(sqliteFile);
  return fs.readdirSync(dir).filter((name) => name.startsWith(base))
    .reduce((sum, name) => sum + fs.statSync(path.join(dir, name)).size, 0);
}

/** Messages in the store, read from the newest sequence number rather than counted. */
export async function storedMessageCount(store: Store): Promise<number> {
  const row = await store.db.selectFrom('messages').select((eb) => eb.fn.max('seq').as('seq')).executeTakeFirst();
  return Number(row?.seq ?? 0);
}

/**
 * An open-loop run can leave the server with a backlog of deliveries it is still working
 * through; queries are measured once no new message has been stored for two seconds.
 */
export async function waitUntilIngestSettles(store: Store, maxSeconds: number): Promise<boolean> {
  const until = Date.now() + maxSeconds * 1000;
  let last = await storedMessageCount(store);
  let quietSince = Date.now();
  while (Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const now = await storedMessageCount(store);
    if (now !== last) { last = now; quietSince = Date.now(); } else if (Date.now() - quietSince >= 2000) return true;
  }
  return false;
}
