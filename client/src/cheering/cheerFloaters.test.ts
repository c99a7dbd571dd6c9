import { describe, expect, it } from 'vitest';
import { floatersFor, MAX_PER_BURST, planFloaters } from './cheerFloaters';

describe('cheer floaters', () => {
  it('grow with the log of the count', () => {
    expect([0, 1, 2, 3, 4, 100, 1_000_000].map(floatersFor)).toEqual([0, 1, 2, 2, 3, 7, MAX_PER_BURST]);
  });

  it('stay within the burst cap and the room left on screen', () => {
    const burst = [
      { emoji: '⚽', count: 5000 },
      { emoji: '🔥', count: 5000 },
    ];
    expect(planFloaters(burst, 0, 100, () => 0.5)).toHaveLength(MAX_PER_BURST);
    expect(planFloaters(burst, 0, 3, () => 0.5).map((f) => f.emoji)).toEqual(['⚽', '⚽', '⚽']);
    expect(planFloaters([{ emoji: '👏', count: 2 }], 7, 10, () => 0).map((f) => f.id)).toEqual([7, 8]);
  });
});
