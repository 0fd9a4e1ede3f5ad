// Links to attached files that a network (or the api channel's receiver) can fetch without signing
// in: the file's id and a MAC over it. Unguessable and unforgeable; the file id alone gets nothing.
import { timingSafeEqual } from 'node:crypto';
import type { Services } from './services.ts';

const purpose = (uploadId: string) => `media:${uploadId}`;

export function mediaLink(services: Services, base: string, uploadId: string): string {
  return `${base}/media/${encodeURIComponent(uploadId)}?sig=${services.secretBox.mac(purpose(uploadId))}`;
}

export function isMediaSignatureValid(services: Services, uploadId: string, signature: string): boolean {
  const expected = Buffer.from(services.secretBox.mac(purpose(uploadId)));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
