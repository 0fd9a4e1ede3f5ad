// Properties every parser of untrusted input must have, for any input at all: it returns a
// value or throws a ParleyError with a 4xx status — never another error, never a hang.
import fc from 'fast-check';
import { ParleyError } from '../../domain/errors.ts';
import { parseApiDelivery } from '../../channels/api/parse.ts';
import { parseVisitorDelivery } from '../../channels/webchat/parse.ts';
import { readClientFrame } from '../../channels/webchat/frames.ts';
import { readVisitorToken } from '../../channels/webchat/visitor-token.ts';
import { parseJsonBody } from '../../channels/json-body.ts';
import { parseAccountActivity } from '../../channels/x/parse.ts';
import { parseQuery } from '../../analysis/listening/parse-query.ts';
import { parseFacebookBody } from '../../channels/meta/facebook/parse.ts';
import { parseInstagramBody } from '../../channels/meta/instagram/parse.ts';
import { splitMetaDelivery } from '../../channels/meta/split-delivery.ts';

export interface FuzzTarget {
  name: string;
  /** Parses one input the way the server would. */
  run(input: string): unknown;
}

export const FUZZ_TARGETS: FuzzTarget[] = [
  { name: 'json body', run: (s) => parseJsonBody(Buffer.from(s)) },
  { name: 'api channel delivery', run: (s) => parseApiDelivery(Buffer.from(s)) },
  { name: 'webchat delivery', run: (s) => parseVisitorDelivery(Buffer.from(s), 'v_fuzz') },
  { name: 'webchat socket frame', run: (s) => readClientFrame(s) },
  { name: 'webchat visitor token', run: (s) => readVisitorToken('fuzz-secret', s) },
  // Errors are values here (with a position), so any outcome that returns is clean.
  { name: 'listening query', run: (s) => parseQuery(s) },
  { name: 'facebook delivery', run: (s) => parseFacebookBody(Buffer.from(s), '1') },
  { name: 'instagram delivery', run: (s) => parseInstagramBody(Buffer.from(s), '1') },
  { name: 'meta delivery split', run: (s) => splitMetaDelivery(Buffer.from(s)) },
  { name: 'x account activity delivery', run: (s) => parseAccountActivity(Buffer.from(s), { userId: '1498765432109876543', handle: 'fuzz' }) },
];

const hostileText = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('<script>alert(1)</script>', '\u202e\u200b\u2066', '👩‍👩‍👧‍👦🇱🇻', '\u0000\uffff', '"\\', 'Ђђ Šš Ā ş İ', '9'.repeat(400)),
);

/** JSON shaped like the deliveries, with every field sometimes wrong, missing or hostile. */
const deliveryLike = fc.record({
  events: fc.oneof(
    fc.array(fc.record({
      id: fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.double()),
      text: fc.oneof(hostileText, fc.integer(), fc.constant(null)),
      from: fc.oneof(fc.record({ id: fc.oneof(fc.string(), fc.integer()), name: hostileText }), fc.string(), fc.constant(null)),
      visibility: fc.oneof(fc.constantFrom('public', 'private'), fc.string()),
      sentAt: fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), fc.string()),
      inReplyTo: fc.oneof(fc.string(), fc.constant(undefined)),
      attachments: fc.oneof(fc.constant(undefined), fc.array(fc.record({ type: fc.string(), url: fc.string() }), { maxLength: 3 })),
    }, { requiredKeys: [] }), { maxLength: 5 }),
    fc.anything(),
  ),
  id: fc.oneof(fc.string(), fc.integer()),
  text: hostileText,
  type: fc.constantFrom('message', 'typing', 'x'),
  messages: fc.array(fc.record({ id: fc.string(), text: hostileText }), { maxLength: 3 }),
}, { requiredKeys: [] }).map((v) => JSON.stringify(v));

export const fuzzInput: fc.Arbitrary<string> = fc.oneof(
  deliveryLike,
  fc.json(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme-ascii' }),
  fc.integer({ min: 1, max: 5000 }).map((n) => '['.repeat(n) + ']'.repeat(n)),
  fc.integer({ min: 1, max: 5000 }).map((n) => '{"a":'.repeat(n)),
);

/** Far above any real parse; an input that takes longer is a denial of service. */
const MAX_MS_PER_INPUT = 250;

export function isCleanOutcome(target: FuzzTarget, input: string): boolean {
  const started = performance.now();
  let isClean: boolean;
  try {
    target.run(input);
    isClean = true;
  } catch (error) {
    isClean = error instanceof ParleyError && error.status >= 400 && error.status < 500;
  }
  return isClean && performance.now() - started < MAX_MS_PER_INPUT;
}

export function checkTarget(target: FuzzTarget, numRuns: number, seed?: number): void {
  fc.assert(fc.property(fuzzInput, (input) => isCleanOutcome(target, input)), { numRuns, ...(seed !== undefined ? { seed } : {}) });
}
