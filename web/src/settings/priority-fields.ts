// The priority settings form's fields: where each lives in the settings, its label and range, and the draft they edit.
import type { PrioritySettings } from '../../../src/domain/priority-settings.ts';

export interface PriorityField {
  /** Dot path into the settings, e.g. "sla.firstResponseMinutes.public". */
  path: string;
  label: string;
  min: number;
  max: number;
  step?: number;
  /** Shown as a percentage, stored as a share (0.25 ↔ 25). */
  isPercent?: boolean;
}

export interface PriorityFieldGroup { title: string; hint: string; fields: PriorityField[] }

const points = (path: string, label: string): PriorityField => ({ path, label, min: 0, max: 100 });
const minutes = (path: string, label: string): PriorityField => ({ path, label, min: 1, max: 30 * 24 * 60 });
const amount = (path: string, label: string): PriorityField => ({ path, label, min: 0, max: 1e12 });

export const PRIORITY_FIELD_GROUPS: PriorityFieldGroup[] = [
  {
    title: 'The message', hint: 'Points for what the customer wrote.',
    fields: [
      points('urgency.max', 'Urgent message (points at full urgency)'),
      points('sentiment.mild', 'Negative sentiment, mild'),
      points('sentiment.strong', 'Negative sentiment, strong'),
      points('intent.human', 'Asks for a person'),
      points('visibility.public', 'Public message'),
    ],
  },
  {
    title: 'The customer', hint: 'From the contact: the VIP flag and the attributes loyaltyTier and lifetimeValue.',
    fields: [
      points('customer.vip', 'VIP'),
      points('customer.loyaltyTiers.bronze', 'Bronze tier'),
      points('customer.loyaltyTiers.silver', 'Silver tier'),
      points('customer.loyaltyTiers.gold', 'Gold tier'),
      points('customer.loyaltyTiers.platinum', 'Platinum tier'),
      points('customer.lifetimeValue.max', 'Lifetime value, most points'),
      amount('customer.lifetimeValue.from', 'Lifetime value that starts to count'),
      amount('customer.lifetimeValue.fullAt', 'Lifetime value that earns the most points'),
    ],
  },
  {
    title: 'Followers', hint: 'Off at 0 points: a large audience does not buy better service unless you decide it should.',
    fields: [
      points('followers.max', 'Followers, most points'),
      amount('followers.from', 'Followers that start to count'),
      amount('followers.fullAt', 'Followers that earn the most points'),
    ],
  },
  {
    title: 'Waiting time', hint: 'Points for every full step waited, up to a cap, so nothing starves.',
    fields: [
      { path: 'aging.stepMinutes', label: 'Step (minutes)', min: 1, max: 24 * 60 },
      points('aging.pointsPerStep', 'Points per step'),
      points('aging.max', 'Most points for waiting'),
    ],
  },
  {
    title: 'First-response goals', hint: 'Counted from when the customer started waiting.',
    fields: [
      minutes('sla.firstResponseMinutes.public', 'Goal for public messages (minutes)'),
      minutes('sla.firstResponseMinutes.private', 'Goal for private messages (minutes)'),
      { path: 'sla.nearShare', label: 'Goal is near in its last (%)', min: 0, max: 90, isPercent: true },
      points('sla.nearPoints', 'Points when the goal is near'),
      points('sla.breachedPoints', 'Points when the goal is missed'),
    ],
  },
];

export type PriorityDraft = Record<string, string>;

function read(settings: PrioritySettings, path: string): number {
  let value: unknown = settings;
  for (const key of path.split('.')) value = (value as Record<string, unknown>)[key];
  return value as number;
}

export function toDraft(settings: PrioritySettings): PriorityDraft {
  const draft: PriorityDraft = {};
  for (const group of PRIORITY_FIELD_GROUPS) {
    for (const field of group.fields) {
      const value = read(settings, field.path);
      draft[field.path] = String(field.isPercent ? Math.round(value * 1000) / 10 : value);
    }
  }
  return draft;
}

/** The settings the draft describes, on top of `base` (fields the form does not show keep their value), or the first field that is not a number. */
export function fromDraft(base: PrioritySettings, draft: PriorityDraft): { settings: PrioritySettings } | { invalid: PriorityField } {
  const settings = structuredClone(base);
  for (const group of PRIORITY_FIELD_GROUPS) {
    for (const field of group.fields) {
      const text = (draft[field.path] ?? '').trim();
      const value = Number(text);
      if (text === '' || !Number.isFinite(value)) return { invalid: field };
      const keys = field.path.split('.');
      let target = settings as unknown as Record<string, unknown>;
      for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
      target[keys[keys.length - 1]!] = field.isPercent ? value / 100 : value;
    }
  }
  return { settings };
}
