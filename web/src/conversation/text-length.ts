// How long a draft is by the rules of the network it goes to; a network adds its rule here.
import type { Network } from '../api/types.ts';
import { xLimits } from '../../../src/channels/x/limits.ts';

export interface LengthRule {
  /** The length as the network counts it (X weighs characters; most count code points). */
  count: (text: string) => number;
  max: number;
}

type Visibility = 'public' | 'private';

interface NetworkRule {
  count: (text: string, visibility: Visibility) => number;
  max: Record<Visibility, number>;
}

const countCodePoints = (text: string) => Array.from(text).length;

/**
 * Mirrors each channel adapter's `limits` on the server (src/channels/<network>/), reusing its
 * counting code where it has no server-only imports. Networks not listed fall back to code points
 * with the api channel's limit; the server has the last word and refuses with text_too_long.
 */
const RULES: Partial<Record<Network, NetworkRule>> = {
  api: { count: countCodePoints, max: { public: 10_000, private: 10_000 } },
  webchat: { count: countCodePoints, max: { public: 5_000, private: 5_000 } },
  // The server's own rule object: the composer and the send check cannot disagree.
  x: { count: xLimits.count, max: xLimits.maxLength },
  facebook: { count: (text) => text.length, max: { public: 8_000, private: 2_000 } },
  instagram: { count: (text, visibility) => (visibility === 'public' ? text.length : new TextEncoder().encode(text).length), max: { public: 2_200, private: 1_000 } },
};

const FALLBACK: NetworkRule = { count: countCodePoints, max: { public: 10_000, private: 10_000 } };
/** The server's limit for an internal note. */
export const NOTE_RULE: LengthRule = { count: (text) => text.length, max: 20_000 };

export function lengthRuleFor(network: Network | undefined, visibility: Visibility): LengthRule {
  const rule = (network && RULES[network]) || FALLBACK;
  return { count: (text) => rule.count(text, visibility), max: rule.max[visibility] };
}

export function measure(rule: LengthRule, text: string): { length: number; max: number; isOver: boolean } {
  const length = rule.count(text.trim());
  return { length, max: rule.max, isOver: length > rule.max };
}
