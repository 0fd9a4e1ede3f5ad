// The instance's secret box for commands: PARLEY_SECRET_KEY, or else the key file in the data dir.
import type { ParleyConfig } from '../config.ts';
import { createSecretBox, loadOrCreateKeyFile, parseSecretKey, type SecretBox } from '../store/secret-box.ts';

/** The same rule as the server's, so secrets a command seals are the ones the server can open. */
export function secretBoxFor(config: ParleyConfig): SecretBox {
  return createSecretBox(config.secretKey ? parseSecretKey(config.secretKey) : loadOrCreateKeyFile(config.dataDir));
}
