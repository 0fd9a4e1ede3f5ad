// Loads the recorded-shape Meta deliveries beside this file, byte for byte as Meta sends them.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PAGE_ID = '1755847768034402';
export const IG_USER_ID = '17841405309211844';
/** 2026-11-24T10:00:00Z, the base time of every fixture. */
export const FIXTURE_TIME_S = 1795514400;

const here = path.dirname(fileURLToPath(import.meta.url));

export function readFixture(name: string): Buffer {
  return fs.readFileSync(path.join(here, name));
}
