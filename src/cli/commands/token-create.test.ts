import { describe, expect, it } from 'vitest';
import { UsageError } from '../command.ts';
import { parseScopes } from './token-create.ts';

describe('parseScopes', () => {
  it('reads a comma-separated list, ignoring spaces and repeats', () => {
    expect(parseScopes('read, write,read')).toEqual(['read', 'write']);
    expect(parseScopes('admin')).toEqual(['admin']);
  });

  it('refuses unknown and empty scopes', () => {
    expect(() => parseScopes('read,root')).toThrow(UsageError);
    expect(() => parseScopes(' , ')).toThrow(UsageError);
  });
});
