// `parley token create`: issues an API token and prints it alone, so TOKEN=$(…) captures it.
import { createApiToken } from '../../care/create-api-token.ts';
import type { TokenScope } from '../../store/repositories/api-tokens.ts';
import { EXIT_OK, UsageError, type Command } from '../command.ts';
import { positiveIntegerOption, requiredString, stringOption } from '../parse-options.ts';
import { firstAdminOf, resolveWorkspace } from '../default-workspace.ts';
import { withStore } from '../with-store.ts';

const SCOPES: readonly TokenScope[] = ['read', 'write', 'admin'];

export function parseScopes(text: string): TokenScope[] {
  const names = text.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (names.length === 0) throw new UsageError('--scopes needs at least one of read, write, admin');
  for (const name of names) {
    if (!SCOPES.includes(name as TokenScope)) throw new UsageError(`unknown scope '${name}' (use read, write, admin)`);
  }
  return [...new Set(names as TokenScope[])];
}

export const tokenCreateCommand: Command = {
  name: 'token create',
  summary: 'Create an API token and print it (shown once)',
  usage: 'token create --name NAME [--scopes read,write,admin] [--expires-days N] [--workspace ID]',
  options: {
    name: { type: 'string', value: 'NAME', description: 'What the token is for, e.g. ci' },
    scopes: { type: 'string', value: 'LIST', description: 'Comma-separated: read, write, admin (default: read,write)' },
    'expires-days': { type: 'string', value: 'N', description: 'Expire after N days (default: never)' },
    workspace: { type: 'string', value: 'ID', description: 'The workspace (default: the first one, created if there is none)' },
  },
  notes: [
    'The token alone goes to stdout; requests send it as "Authorization: Bearer <token>".',
    'It acts as the workspace\'s first admin, and never above that admin\'s role.',
    '',
    'Example:',
    '  TOKEN=$(npx parley token create --name ci)',
    '  curl -H "Authorization: Bearer $TOKEN" http://localhost:3000/api/v1/conversations',
  ].join('\n'),
  async run(options, context) {
    const name = requiredString(options, 'name');
    const scopes = parseScopes(stringOption(options, 'scopes') ?? 'read,write');
    const expiresInDays = positiveIntegerOption(options, 'expires-days');
    const config = context.loadConfig();
    const token = await withStore(config, async (store) => {
      const workspace = await resolveWorkspace(store.db, stringOption(options, 'workspace'));
      const admin = await firstAdminOf(store.db, workspace.id);
      const created = await createApiToken(store.db, {
        workspaceId: workspace.id, name, scopes, createdBy: admin?.id ?? null, expiresInDays,
      });
      return created.token;
    });
    context.stdout.write(`${token}\n`);
    return EXIT_OK;
  },
};
