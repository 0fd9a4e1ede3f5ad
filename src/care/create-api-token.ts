// Issues an API token: the plain value is returned once; only its hash is kept.
import type { Db } from '../store/database.ts';
import { newId } from '../domain/ids.ts';
import { ParleyError } from '../domain/errors.ts';
import { insertApiToken, type ApiToken, type TokenScope } from '../store/repositories/api-tokens.ts';
import { hashToken, newSecretToken } from '../server/auth/tokens.ts';

export interface TokenInput {
  workspaceId: string;
  name: string;
  scopes: TokenScope[];
  createdBy: string | null;
  expiresInDays?: number | undefined;
}

export async function createApiToken(db: Db, input: TokenInput, now = new Date()): Promise<{ token: string; record: ApiToken }> {
  const name = input.name.trim();
  if (!name || name.length > 100) throw new ParleyError('validation_failed', 'a token needs a name of 1–100 characters');
  if (input.scopes.length === 0) throw new ParleyError('validation_failed', 'a token needs at least one scope');
  const token = newSecretToken('pk');
  const record: ApiToken = {
    id: newId('tok'), workspaceId: input.workspaceId, name, scopes: [...new Set(input.scopes)], createdBy: input.createdBy,
    createdAt: now.toISOString(),
    expiresAt: input.expiresInDays ? new Date(now.getTime() + input.expiresInDays * 86_400_000).toISOString() : null,
    revokedAt: null, lastUsedAt: null,
  };
  await insertApiToken(db, { ...record, tokenHash: hashToken(token) });
  return { token, record };
}
