import { describe, expect, it } from 'vitest';
import { newId } from './ids';

describe('newId', () => {
  it('sorts in creation order and never repeats, across many refills of its random pool', () => {
    const ids = Array.from({ length: 5000 }, () => newId());
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[0-9a-z]{13}[0-9a-f]{12}$/);
    // The random part differs even within one millisecond: 5,000 ids use seven pools of bytes.
    expect(new Set(ids.map((id) => id.slice(13))).size).toBe(ids.length);
  });
});
