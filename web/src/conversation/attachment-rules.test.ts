import { describe, expect, it } from 'vitest';
import { fileProblem, formatSize, maxAttachmentsFor } from './attachment-rules.ts';

describe('files on replies in the composer', () => {
  it('offers files only where the server sends them', () => {
    expect(maxAttachmentsFor('api')).toBe(4);
    expect(maxAttachmentsFor('x')).toBe(0);
    expect(maxAttachmentsFor(undefined)).toBe(0);
  });

  it('stops a file the server would refuse before uploading it', () => {
    expect(fileProblem({ name: 'a.png', size: 10, type: 'image/png' })).toBeNull();
    expect(fileProblem({ name: 'a.svg', size: 10, type: 'image/svg+xml' })).toContain('cannot be attached');
    expect(fileProblem({ name: 'big.pdf', size: 9 * 1024 * 1024, type: 'application/pdf' })).toContain('larger than 8 MB');
    expect(fileProblem({ name: 'e.txt', size: 0, type: 'text/plain' })).toContain('empty');
    expect(formatSize(1536)).toBe('2 KB');
  });
});
