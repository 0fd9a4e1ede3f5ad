// `parley admin create`: makes an admin user who can sign in to the web app.
import { z } from 'zod';
import { createAdmin } from '../../care/create-admin.ts';
import { EXIT_OK, UsageError, type Command } from '../command.ts';
import { requiredString, stringOption } from '../parse-options.ts';
import { withStore } from '../with-store.ts';

const Email = z.email();

export const adminCreateCommand: Command = {
  name: 'admin create',
  summary: 'Create an admin user',
  usage: 'admin create --email EMAIL --password PASSWORD [--name NAME] [--workspace ID]',
  options: {
    email: { type: 'string', value: 'EMAIL', description: 'The address the admin signs in with' },
    password: { type: 'string', value: 'PASSWORD', description: 'At least 8 characters (default: PARLEY_ADMIN_PASSWORD)' },
    name: { type: 'string', value: 'NAME', description: 'The name agents see (default: Admin)' },
    workspace: { type: 'string', value: 'ID', description: 'The workspace to join (default: the first one, created if there is none)' },
  },
  notes: 'Example:\n  npx parley admin create --email ada@example.com --password "correct horse battery"',
  async run(options, context) {
    const email = requiredString(options, 'email').trim();
    if (!Email.safeParse(email).success) throw new UsageError(`'${email}' is not an email address`);
    const config = context.loadConfig();
    const password = stringOption(options, 'password') ?? config.adminPassword;
    if (!password) throw new UsageError('--password is required (or set PARLEY_ADMIN_PASSWORD)');
    const name = stringOption(options, 'name')?.trim() || 'Admin';
    const workspaceId = stringOption(options, 'workspace');
    const { user, workspace } = await withStore(config, (store) =>
      createAdmin(store.db, { email, password, name, ...(workspaceId ? { workspaceId } : {}) }));
    context.stdout.write(`admin ${user.email} (${user.id}) created in workspace "${workspace.name}" (${workspace.id})\n`);
    return EXIT_OK;
  },
};
