// The demo server's fetch: its own loopback receiver is reachable, every other URL stays guarded.
import { createGuardedFetch } from '../../security/guarded-fetch.ts';

export interface DemoFetch {
  fetch: typeof fetch;
  /** Lets deliveries reach this origin (the demo's receiver), and nothing else on loopback. */
  allowOrigin(origin: string): void;
}

/**
 * The receiver listens on 127.0.0.1, which the guard refuses by design. Opening the whole private
 * network (PARLEY_ALLOW_PRIVATE_NETWORK) for a demo would be broader than needed, so exactly one
 * origin is let through and any channel an admin adds during the demo is still guarded.
 */
export function createDemoFetch(allowPrivate: boolean, guarded: typeof fetch = createGuardedFetch({ allowPrivate })): DemoFetch {
  const allowed = new Set<string>();
  return {
    allowOrigin: (origin) => { allowed.add(origin); },
    fetch: (input, init) => {
      const url = new URL(input instanceof Request ? input.url : input.toString());
      return allowed.has(url.origin) ? globalThis.fetch(input, init) : guarded(input, init);
    },
  };
}
