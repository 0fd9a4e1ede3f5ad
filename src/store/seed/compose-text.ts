// Writes a customer's message from a phrasebook: an opener, an issue with its slots filled, a closer.
import type { Random } from './random.ts';
import { DEVICES, PLACES, type Phrasebook, type Topic } from './vocabulary.ts';

function fill(template: string, random: Random): string {
  return template.replace(/\{(place|device|amount|order)\}/g, (_, slot: string) => {
    if (slot === 'place') return random.pick(PLACES);
    if (slot === 'device') return random.pick(DEVICES);
    if (slot === 'amount') return String(random.int(12, 480));
    return `A-${random.int(100_000, 999_999)}`;
  });
}

/** Mostly about the given topic, sometimes about something else, as customers write. */
export function composeCustomerText(random: Random, book: Phrasebook, topic?: Topic): string {
  const sameTopic = topic ? book.issues.filter((i) => i.topic === topic) : [];
  const issue = sameTopic.length > 0 && random.chance(0.7) ? random.pick(sameTopic) : random.pick(book.issues);
  const closer = random.pick(book.closers);
  const body = closer && !/[.?!]$/.test(issue.text) ? `${issue.text}.` : issue.text;
  return fill([random.pick(book.openers), body, closer].filter(Boolean).join(' '), random);
}
