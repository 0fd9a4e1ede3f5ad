// Summarises a V8 CPU profile (node --cpu-prof): where the time went, by function and by module.
// Usage: npx tsx bench/profile-summary.ts FILE.cpuprofile [TOP]
import fs from 'node:fs';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number; children?: number[] }
interface Profile { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[] }

function moduleOf(url: string): string {
  if (!url) return '(native / idle / gc)';
  const packaged = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (packaged) return packaged[1]!;
  const own = /\/((?:src|bench|test)\/.+)$/.exec(url);
  if (own) return own[1]!;
  return url.startsWith('node:') ? url : url.replace(/^file:\/\//, '');
}

const [file, topArg] = process.argv.slice(2);
if (!file) {
  process.stderr.write('Usage: npx tsx bench/profile-summary.ts FILE.cpuprofile [TOP]\n');
  process.exit(2);
}
const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;
const top = Number(topArg ?? 25);
const totalMs = (profile.endTime - profile.startTime) / 1000;
const perSample = totalMs / Math.max(1, profile.samples.length);
const byFunction = new Map<string, number>();
const byModule = new Map<string, number>();
for (const node of profile.nodes) {
  const ms = (node.hitCount ?? 0) * perSample;
  if (ms === 0) continue;
  const { functionName, url, lineNumber } = node.callFrame;
  const where = moduleOf(url);
  const key = `${functionName || '(anonymous)'}  ${where}${url ? `:${lineNumber + 1}` : ''}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
  byModule.set(where, (byModule.get(where) ?? 0) + ms);
}
const print = (title: string, entries: Map<string, number>) => {
  process.stdout.write(`\n${title}\n`);
  for (const [name, ms] of [...entries].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    process.stdout.write(`${(ms / 1000).toFixed(2).padStart(8)} s ${((ms / totalMs) * 100).toFixed(1).padStart(5)}%  ${name}\n`);
  }
};
process.stdout.write(`${file}: ${(totalMs / 1000).toFixed(1)} s profiled\n`);
print('Self time by module', byModule);
print('Self time by function', byFunction);
