// Builds the web app with Vite; `--if-stale` builds only when web/dist is missing or older than its sources.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const distDir = path.join(webDir, 'dist');
export const WEB_INDEX = path.join(distDir, 'index.html');
const SOURCES = ['src', 'index.html', 'vite.config.ts'].map((p) => path.join(webDir, p));

function newestChange(entry: string): number {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...fs.readdirSync(entry).map((name) => newestChange(path.join(entry, name))));
}

export function isWebBuildStale(): boolean {
  const built = fs.statSync(WEB_INDEX, { throwIfNoEntry: false });
  return !built || Math.max(...SOURCES.map(newestChange)) > built.mtimeMs;
}

/**
 * Builds into a private folder and then swaps it in, so that a running server never serves a
 * half-written build and two builds started at once (parallel test files) cannot mix files.
 */
export async function buildWeb(): Promise<void> {
  const { build } = await import('vite');
  const staging = `${distDir}.build-${process.pid}-${Date.now()}`;
  // Vite keeps an inherited NODE_ENV (vitest sets "test"), which would bundle React's slow development build.
  const inherited = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: path.join(webDir, 'vite.config.ts'), root: webDir, logLevel: 'warn', mode: 'production',
      build: { outDir: staging, emptyOutDir: true },
    });
    const previous = `${distDir}.old-${process.pid}-${Date.now()}`;
    if (fs.existsSync(distDir)) fs.renameSync(distDir, previous);
    fs.renameSync(staging, distDir);
    fs.rmSync(previous, { recursive: true, force: true });
  } finally {
    if (inherited === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = inherited;
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

export async function buildWebIfStale(): Promise<boolean> {
  if (!isWebBuildStale()) return false;
  await buildWeb();
  return true;
}

const isMain = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const built = process.argv.includes('--if-stale') ? await buildWebIfStale() : (await buildWeb(), true);
  if (built) console.log(`parley: built the web app into ${path.relative(process.cwd(), distDir) || distDir}`);
}
