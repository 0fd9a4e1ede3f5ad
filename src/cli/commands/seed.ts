// `parley seed`: fills the configured store with a generated workspace, to try Parley at scale.
import { EXIT_OK, type Command } from '../command.ts';
import { positiveIntegerOption, stringOption } from '../parse-options.ts';
import { secretBoxFor } from '../secret-key.ts';
import { withStore } from '../with-store.ts';

export const seedCommand: Command = {
  name: 'seed',
  summary: 'Generate a realistic workspace (conversations, messages, agents) for trying Parley at scale',
  usage: 'seed [--conversations N] [--workspace ID] [--days N]',
  options: {
    conversations: { type: 'string', value: 'N', description: 'Conversations to generate, five messages each on average (default 10000)' },
    workspace: { type: 'string', value: 'ID', description: 'The workspace (default: the first one, created if there is none)' },
    days: { type: 'string', value: 'N', description: 'Spread the conversations over the last N days (default 365)' },
  },
  notes: [
    'Writes into the configured store (PARLEY_DATA_DIR, or PARLEY_DATABASE_URL), with multi-row inserts:',
    'a million conversations take minutes. It adds 50 agents, 4 teams, tags and 8 channels whose',
    'credentials are placeholders (replies sent on them fail locally, nothing reaches a network).',
    '',
    'Example:',
    '  npx parley seed --conversations 1000000',
  ].join('\n'),
  async run(options, context) {
    const conversations = positiveIntegerOption(options, 'conversations') ?? 10_000;
    const days = positiveIntegerOption(options, 'days');
    const config = context.loadConfig();
    const { seedWorkspace } = await import('../../store/seed/index.ts');
    const say = (text: string) => context.stderr.write(text);
    const summary = await withStore(config, (store) => seedWorkspace(store, {
      conversations, days, secretBox: secretBoxFor(config), workspaceId: stringOption(options, 'workspace'),
      onProgress: (done, total) => say(`\r${done.toLocaleString('en')} / ${total.toLocaleString('en')} conversations`),
    }));
    say('\n');
    const seconds = summary.elapsedMs / 1000;
    context.stdout.write([
      `workspace ${summary.workspaceId}: ${summary.conversations} conversations, ${summary.messages} messages, ` +
        `${summary.contacts} contacts in ${seconds.toFixed(1)} s (${Math.round(summary.messages / seconds)} messages/s)`,
      `channels: ${summary.channels.map((c) => `${c.name} (${c.network})`).join(', ')}`,
      `agents: ${summary.agents.length}, e.g. ${summary.agents[0]?.email ?? '-'}; their shared password (shown once): ${summary.agentPassword}`,
      '',
    ].join('\n'));
    return EXIT_OK;
  },
};
