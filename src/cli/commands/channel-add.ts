// `parley channel add`: connects an account on a network and prints it with its shown-once secrets.
import { connectChannel } from '../../care/connect-channel.ts';
import { createChannelRegistry } from '../../channels/registry.ts';
import { EXIT_OK, UsageError, type Command } from '../command.ts';
import { requiredString, stringOption } from '../parse-options.ts';
import { resolveWorkspace } from '../default-workspace.ts';
import { secretBoxFor } from '../secret-key.ts';
import { withStore } from '../with-store.ts';

function parseConfigObject(text: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`--config is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new UsageError('--config must be a JSON object');
  return value as Record<string, unknown>;
}

export const channelAddCommand: Command = {
  name: 'channel add',
  summary: 'Connect a channel and print it as JSON, with its secret (shown once)',
  usage: 'channel add --network NETWORK --name NAME --config JSON [--workspace ID]',
  options: {
    network: { type: 'string', value: 'NETWORK', description: 'The network, e.g. api' },
    name: { type: 'string', value: 'NAME', description: 'What agents see, e.g. "Order system"' },
    config: { type: 'string', value: 'JSON', description: 'The network\'s settings as a JSON object' },
    workspace: { type: 'string', value: 'ID', description: 'The workspace (default: the first one, created if there is none)' },
  },
  notes: [
    'Example (the generic api channel):',
    '  npx parley channel add --network api --name "Order system" \\',
    '    --config \'{"deliveryUrl":"https://example.com/parley/deliveries"}\'',
    'Deliveries then go to POST /webhooks/api/<id>, signed with the printed secret.',
  ].join('\n'),
  async run(options, context) {
    const network = requiredString(options, 'network');
    const name = requiredString(options, 'name');
    const channelConfig = parseConfigObject(stringOption(options, 'config') ?? '{}');
    const config = context.loadConfig();
    const output = await withStore(config, async (store) => {
      const workspace = await resolveWorkspace(store.db, stringOption(options, 'workspace'));
      const { channel, shownOnce } = await connectChannel(store.db, secretBoxFor(config), createChannelRegistry(), {
        workspaceId: workspace.id, network, name, config: channelConfig,
      });
      return {
        id: channel.id, network: channel.network, name: channel.name, config: channel.config,
        webhookPath: `/webhooks/${channel.network}/${channel.id}`, ...shownOnce,
      };
    });
    context.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
    return EXIT_OK;
  },
};
