// Answers to a bank's security question ("mother's maiden name Hollis", "güvenlik sorusu …, cevap
// Kaya"): a name that unlocks an account as a password does, so it is masked as one.

import type { KeywordHit } from '../automaton/keyword-automaton.ts';
import type { PiiKeywordKind } from './pii-keywords.ts';
import type { PiiSpan } from './pii-span.ts';

/**
 * After the question: a few words in small letters or an "answer" word ("is", "was", "of my
 * mother", ", cevap", "answer:"), never past the end of the sentence, then the answer: one
 * capitalised word of letters.
 */
// Each word is taken whole (the lookahead), so a run of letters is read one way only.
const ANSWER_AFTER = /^(?:[\s,:–—-]|\p{Ll}[\p{Ll}'’]*(?![\p{Ll}'’]))*?(\p{Lu}[\p{Ll}'’-]{1,29})(?![\p{L}\p{N}])/u;
const REACH = 50;
/** Capitalised words that start the customer's next thought rather than answer. */
const NOT_ANSWERS = new Set([
  'i', 'please', 'can', 'could', 'my', 'the', 'it', 'help', 'thanks', 'but', 'and', 'why', 'how', 'what', 'pls', 'ok',
  'пожалуйста', 'помогите', 'но', 'lütfen', 'ama', 'neden', 'molim', 'ali', 'zašto', 'lūdzu', 'bet', 'kāpēc', 'bitte', 'aber',
]);

export function findSecurityAnswers(text: string, keywords: readonly KeywordHit<PiiKeywordKind>[]): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const hit of keywords) {
    if (hit.data !== 'security-question') continue;
    const match = ANSWER_AFTER.exec(text.slice(hit.end, hit.end + REACH));
    if (match === null) continue;
    const answer = match[1] as string;
    const start = hit.end + match[0].length - answer.length;
    if (/[.!?]/.test(text.slice(hit.end, start)) || NOT_ANSWERS.has(answer.toLowerCase())) continue;
    spans.push({ type: 'password', start, end: start + answer.length });
  }
  return spans;
}
