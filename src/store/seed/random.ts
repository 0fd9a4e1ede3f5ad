// A small seeded random source, so a generated workspace is the same for the same seed.

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks by weight; the weights need not sum to one. */
  weighted<T>(choices: readonly Weighted<T>[]): T;
}

export interface Weighted<T> { value: T; weight: number }

/** mulberry32: fast, 32 bits of state, good enough to shape test data (not for secrets). */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const cumulative = new WeakMap<readonly Weighted<unknown>[], { totals: number[]; sum: number }>();
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick<T>(items: readonly T[]): T {
      return items[Math.floor(next() * items.length)] as T;
    },
    weighted<T>(choices: readonly Weighted<T>[]): T {
      let table = cumulative.get(choices);
      if (!table) {
        let sum = 0;
        const totals = choices.map((c) => (sum += c.weight));
        table = { totals, sum };
        cumulative.set(choices, table);
      }
      const target = next() * table.sum;
      const { totals } = table;
      for (let i = 0; i < totals.length; i++) if (target < totals[i]!) return choices[i]!.value;
      return choices[choices.length - 1]!.value;
    },
  };
}
