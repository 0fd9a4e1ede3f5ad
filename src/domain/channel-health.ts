// Judges a channel's health from what the network said and what Parley saw: the problems, worst
// first, and whether the channel works (ok), works but needs attention soon (warning), or is
// losing or about to lose messages (failing). No tool in this field warns before a channel goes
// silent; these rules are how Parley does.

export type HealthStatus = 'ok' | 'warning' | 'failing' | 'unknown';

export type HealthProblemCode =
  | 'token_invalid' | 'token_expired' | 'token_expiring' | 'webhook_missing' | 'check_failed'
  | 'rate_limited' | 'send_failing' | 'silent';

export interface HealthProblem {
  code: HealthProblemCode;
  severity: 'warning' | 'failing';
  message: string;
}

/** What Parley keeps about a channel's health between checks. */
export interface ChannelHealth {
  channelId: string;
  workspaceId: string;
  status: HealthStatus;
  problems: HealthProblem[];
  /** Problem codes already announced to the admins. */
  announced: HealthProblemCode[];
  checkedAt: string | null;
  checkError: string | null;
  token: { state: 'valid' | 'invalid' | 'unknown'; expiresAt: string | null; detail: string | null };
  webhook: { state: 'subscribed' | 'missing' | 'not_used' | 'unknown'; detail: string | null };
  rateLimit: { until: string | null; detail: string | null };
  outageSince: string | null;
  backfill: { pendingFrom: string | null; lastAt: string | null; detail: string | null };
  nextCheckAt: string;
}

/** The health as the API shows it: the bookkeeping of who was told stays inside. */
export type ChannelHealthView = Omit<ChannelHealth, 'announced' | 'workspaceId' | 'channelId'>;

export interface HealthFacts {
  network: string;
  tokenState: 'valid' | 'invalid' | 'unknown';
  tokenExpiresAt: string | null;
  tokenDetail: string | null;
  webhookState: 'subscribed' | 'missing' | 'not_used' | 'unknown';
  webhookDetail: string | null;
  /** Why the last check could not ask the network (unreachable, 5xx). */
  checkError: string | null;
  rateLimitedUntil: string | null;
  /** The channel's latest send or poll error, as "ISO-time text"; cleared by the next success. */
  lastError: string | null;
  lastEventAt: string | null;
  /** Inbound messages a day on this channel over the past week, for judging silence. */
  inboundPerDay: number;
  /** Whether the network can be asked about token and webhook at all (the api channel cannot). */
  isProbed: boolean;
}

const NETWORK_NAMES: Record<string, string> = {
  x: 'X', facebook: 'Facebook', instagram: 'Instagram', whatsapp: 'WhatsApp', telegram: 'Telegram', mastodon: 'Mastodon',
  bluesky: 'Bluesky', email: 'The mail server', webchat: 'The web chat', api: 'The API client',
};

/** Tokens are renewed by hand on most networks: a week's notice leaves time to do it. */
export const TOKEN_WARNING_MS = 7 * 24 * 3600_000;
/** A send error older than this no longer says anything about the channel. */
const RECENT_ERROR_MS = 3600_000;
/** Below this volume a quiet spell is normal, and silence cannot be judged. */
const SILENCE_MIN_PER_DAY = 24;
/** Silent for this many usual gaps between messages (at least an hour) is not chance. */
const SILENCE_GAPS = 6;
const SILENCE_FLOOR_MS = 3600_000;

export function assessChannelHealth(facts: HealthFacts, now: Date): { status: HealthStatus; problems: HealthProblem[] } {
  const problems: HealthProblem[] = [];
  const at = now.getTime();
  const network = NETWORK_NAMES[facts.network] ?? facts.network;
  const expiresAt = facts.tokenExpiresAt ? Date.parse(facts.tokenExpiresAt) : Number.NaN;

  if (facts.tokenState === 'invalid') {
    problems.push({ code: 'token_invalid', severity: 'failing', message: `${network} refuses the access token${facts.tokenDetail ? `: ${facts.tokenDetail}` : ''}; reconnect the account` });
  } else if (!Number.isNaN(expiresAt) && expiresAt <= at) {
    problems.push({ code: 'token_expired', severity: 'failing', message: `the access token expired ${facts.tokenExpiresAt}; reconnect the account` });
  } else if (!Number.isNaN(expiresAt) && expiresAt - at <= TOKEN_WARNING_MS) {
    problems.push({ code: 'token_expiring', severity: 'warning', message: `the access token expires in ${spokenDuration(expiresAt - at)} (${facts.tokenExpiresAt}); renew it before then` });
  }
  if (facts.webhookState === 'missing') {
    problems.push({ code: 'webhook_missing', severity: 'failing', message: `${network} is not sending this account's events to Parley${facts.webhookDetail ? `: ${facts.webhookDetail}` : ''}` });
  }
  if (facts.checkError) {
    problems.push({ code: 'check_failed', severity: 'warning', message: `could not ask ${network} about the channel: ${facts.checkError}` });
  }
  if (facts.rateLimitedUntil && Date.parse(facts.rateLimitedUntil) > at) {
    problems.push({ code: 'rate_limited', severity: 'warning', message: `${network} asked Parley to wait until ${facts.rateLimitedUntil}; replies are held and sent then` });
  }
  const errorAt = facts.lastError ? Date.parse(facts.lastError.slice(0, 24)) : Number.NaN;
  if (facts.lastError && (Number.isNaN(errorAt) || at - errorAt <= RECENT_ERROR_MS)) {
    problems.push({ code: 'send_failing', severity: 'warning', message: `latest error: ${facts.lastError}` });
  }
  const silence = silenceLimitMs(facts.inboundPerDay);
  const lastEvent = facts.lastEventAt ? Date.parse(facts.lastEventAt) : Number.NaN;
  if (silence !== null && !Number.isNaN(lastEvent) && at - lastEvent > silence) {
    problems.push({
      code: 'silent', severity: 'warning',
      message: `nothing has arrived for ${spokenDuration(at - lastEvent)}, though about ${Math.round(facts.inboundPerDay)} messages a day usually do`,
    });
  }

  problems.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'failing' ? -1 : 1));
  const known = !facts.isProbed || facts.tokenState !== 'unknown' || facts.webhookState !== 'unknown' || problems.length > 0;
  const status: HealthStatus = problems.some((p) => p.severity === 'failing') ? 'failing'
    : problems.length ? 'warning'
      : known ? 'ok' : 'unknown';
  return { status, problems };
}

/** How long a channel of this volume may stay quiet before Parley says so; null: too quiet to judge. */
export function silenceLimitMs(inboundPerDay: number): number | null {
  if (!(inboundPerDay >= SILENCE_MIN_PER_DAY)) return null;
  return Math.max(SILENCE_FLOOR_MS, SILENCE_GAPS * (86_400_000 / inboundPerDay));
}

/** A failing problem means messages may be lost, so what it covered is fetched again afterwards. */
export function isOutage(problems: HealthProblem[]): boolean {
  return problems.some((p) => p.severity === 'failing' || p.code === 'silent' || p.code === 'check_failed');
}

function spokenDuration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${Math.max(1, minutes)} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} h`;
  return `${Math.round(hours / 24)} days`;
}
