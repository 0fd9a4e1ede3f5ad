// Deliveries the server is working on at once, from arrival to answer. Past the bound a delivery
// is refused with 503 and Retry-After before anything is read for it: under a flood the waiting
// requests (and on PostgreSQL their wait for a pooled connection) would otherwise pile up in
// memory, and every network retries a delivery it was not acknowledged for.
import { ParleyError } from '../domain/errors.ts';

export interface DeliveryGate {
  /** Takes a place or throws `unavailable`; every place taken must be given back with leave(). */
  enter(): void;
  leave(): void;
  readonly inFlight: number;
}

/** At ten events a delivery, about two seconds of ingest at full speed on the benchmark machine. */
export const MAX_DELIVERIES_IN_FLIGHT = 1000;

export function createDeliveryGate(max = MAX_DELIVERIES_IN_FLIGHT): DeliveryGate {
  let inFlight = 0;
  return {
    enter() {
      if (inFlight >= max) {
        throw new ParleyError('unavailable', `${inFlight} deliveries are being worked on; retry in 2 s`, { retryAfterSeconds: 2 });
      }
      inFlight++;
    },
    leave() {
      inFlight = Math.max(0, inFlight - 1);
    },
    get inFlight() {
      return inFlight;
    },
  };
}
