// Meta's usage headers (X-App-Usage, X-Business-Use-Case-Usage) and a gate that slows a
// channel's sends as it nears its limit, so a reply waits rather than hitting the block.

export interface GraphUsage {
  /** The highest share of any budget used, in percent (call count, CPU time, total time). */
  percent: number | null;
  /** How long Meta says the throttle lasts (estimated_time_to_regain_access), when it says. */
  regainAccessMs: number | null;
}

/**
 * X-App-Usage (and the older X-Page-Usage) is {"call_count":%, "total_cputime":%,
 * "total_time":%}; X-Business-Use-Case-Usage is {"<business-object-id>":[{"type", "call_count",
 * "total_cputime", "total_time", "estimated_time_to_regain_access" (minutes)}]}. Page-token and
 * Instagram calls fall under the business use case limits.
 * https://developers.facebook.com/docs/graph-api/overview/rate-limiting
 */
export function readUsage(headers: Headers): GraphUsage {
  let percent: number | null = null;
  let regainMinutes: number | null = null;
  const take = (record: unknown) => {
    if (!record || typeof record !== 'object') return;
    for (const key of ['call_count', 'total_cputime', 'total_time']) {
      const v = (record as Record<string, unknown>)[key];
      if (typeof v === 'number' && Number.isFinite(v)) percent = Math.max(percent ?? 0, v);
    }
    const eta = (record as Record<string, unknown>).estimated_time_to_regain_access;
    if (typeof eta === 'number' && Number.isFinite(eta) && eta >= 0) regainMinutes = Math.max(regainMinutes ?? 0, eta);
  };
  take(jsonHeader(headers, 'x-app-usage'));
  take(jsonHeader(headers, 'x-page-usage'));
  const business = jsonHeader(headers, 'x-business-use-case-usage');
  if (business && typeof business === 'object') {
    for (const list of Object.values(business as Record<string, unknown>)) {
      if (Array.isArray(list)) list.forEach(take);
    }
  }
  return { percent, regainAccessMs: regainMinutes === null ? null : regainMinutes * 60_000 };
}

function jsonHeader(headers: Headers, name: string): unknown {
  const value = headers.get(name);
  if (!value || value.length > 10_000) return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}

export interface UsageGate {
  /** How long a send on this key should wait before calling Meta (0: go ahead). */
  waitMs(key: string, now: Date): number;
  /** Remembers what Meta said about usage after a call on this key. */
  record(key: string, usage: GraphUsage, now: Date): void;
}

export interface UsageGateOptions {
  /** At or above this share of a budget, sends are spaced out. */
  slowAtPercent?: number;
  /** The space between sends while usage is high. */
  pauseMs?: number;
}

/**
 * Meta blocks an app or Page for a while once a budget hits 100 %; the headers show it coming.
 * Above `slowAtPercent` each send is followed by a pause (the next call reads fresh usage), and
 * a stated regain time holds every send until it has passed.
 */
export function createUsageGate(options: UsageGateOptions = {}): UsageGate {
  const slowAt = options.slowAtPercent ?? 90;
  const pauseMs = options.pauseMs ?? 30_000;
  const heldUntil = new Map<string, number>();
  return {
    waitMs(key, now) {
      const until = heldUntil.get(key);
      if (until === undefined) return 0;
      if (until <= now.getTime()) {
        heldUntil.delete(key);
        return 0;
      }
      return until - now.getTime();
    },
    record(key, usage, now) {
      if (usage.regainAccessMs && usage.regainAccessMs > 0) heldUntil.set(key, now.getTime() + usage.regainAccessMs);
      else if (usage.percent !== null && usage.percent >= slowAt) heldUntil.set(key, now.getTime() + pauseMs);
      else heldUntil.delete(key);
    },
  };
}
