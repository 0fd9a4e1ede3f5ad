// `parley demo`: the server plus simulated multilingual customers, so the inbox fills up live.
import type { Command } from '../command.ts';

export const demoCommand: Command = {
  name: 'demo',
  summary: 'Run the server with simulated live multilingual traffic (what `npm run demo` does)',
  usage: 'demo',
  options: {},
  notes: [
    'Uses the same settings as start (PORT, PARLEY_DATA_DIR, …). To keep demo data apart:',
    '  PARLEY_DATA_DIR=./data/demo npm run demo',
    'Signs in as PARLEY_ADMIN_EMAIL when it is set, otherwise as demo@parley.local with a printed password.',
  ].join('\n'),
  // Loaded on use, so help and the other commands do not pay for starting up the server's modules.
  run: async (_options, context) => (await import('../demo/run-demo.ts')).runDemo(context),
};
