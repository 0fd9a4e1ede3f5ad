// A workspace's priority weights: the points each factor may add, the aging steps and the response goals.

/** Loyalty tiers a contact's `loyaltyTier` attribute may name (any letter case); other values add nothing. */
export const LOYALTY_TIERS = ['none', 'bronze', 'silver', 'gold', 'platinum'] as const;
export type LoyaltyTier = (typeof LOYALTY_TIERS)[number];

/** Points on a capped log scale: nothing up to `from`, `max` at `fullAt` and beyond. */
export interface LogScale {
  max: number;
  from: number;
  fullAt: number;
}

export interface PrioritySettings {
  /** Points for a message that reads fully urgent; weaker signs get their share. */
  urgency: { max: number };
  /** Negative sentiment: `mild` for a slightly negative message up to `strong` for the strongest. */
  sentiment: { mild: number; strong: number };
  /** A customer asking for a person. */
  intent: { human: number };
  /** A public message: other customers read the thread. */
  visibility: { public: number };
  customer: {
    vip: number;
    loyaltyTiers: Record<LoyaltyTier, number>;
    /** The contact's `lifetimeValue` attribute, in the workspace's currency. */
    lifetimeValue: LogScale;
  };
  /** The author's follower count where the network tells it; 0 points by default: reach does not buy better service. */
  followers: LogScale;
  /** Waiting time: `pointsPerStep` for every full `stepMinutes` waited, up to `max`, so nothing starves. */
  aging: { stepMinutes: number; pointsPerStep: number; max: number };
  /**
   * The first-response goal per visibility, counted from when the customer started waiting.
   * `nearPoints` once less than `nearShare` of the goal is left, `breachedPoints` once it has passed.
   */
  sla: { firstResponseMinutes: { public: number; private: number }; nearShare: number; nearPoints: number; breachedPoints: number };
}

export const DEFAULT_PRIORITY_SETTINGS: PrioritySettings = {
  urgency: { max: 40 },
  sentiment: { mild: 10, strong: 25 },
  intent: { human: 10 },
  visibility: { public: 5 },
  customer: {
    vip: 20,
    loyaltyTiers: { none: 0, bronze: 2, silver: 4, gold: 8, platinum: 12 },
    lifetimeValue: { max: 10, from: 100, fullAt: 10_000 },
  },
  followers: { max: 0, from: 1_000, fullAt: 1_000_000 },
  aging: { stepMinutes: 30, pointsPerStep: 2, max: 20 },
  sla: { firstResponseMinutes: { public: 60, private: 240 }, nearShare: 0.25, nearPoints: 10, breachedPoints: 20 },
};

/** The highest score; the factors may add up to more, and the explanation still lists them all. */
export const MAX_PRIORITY = 100;
