import { describe, expect, it } from 'vitest';
import { checkRepeat, createRepeatMemory, DEFAULT_REPEAT_LIMITS, REPEAT_REASON, repeatKey } from './repeatMemory';

const limits = { ...DEFAULT_REPEAT_LIMITS, perAuthor: 4, authors: 3 };

describe('repeat memory', () => {
  it('keys bodies as a person reads them', () => {
    expect(repeatKey('Buy NOW!!')).toBe(repeatKey('buy now'));
    expect(repeatKey('buuuy   now')).toBe(repeatKey('Buy now.'));
    expect(repeatKey('buy now')).not.toBe(repeatKey('buy later'));
    expect(repeatKey('?')).not.toBe(repeatKey('!'));
    expect(repeatKey('x'.repeat(4000))).toHaveLength(16);
  });

  it('counts copies per author per room within the window', () => {
    const memory = createRepeatMemory(limits);
    const key = repeatKey('hello');
    memory.record('r1', 'ana', key, 0);
    memory.record('r1', 'ana', key, 10_000);
    memory.record('r1', 'bo', key, 10_000);
    memory.record('r2', 'ana', key, 10_000);
    expect(memory.count('r1', 'ana', key, 20_000)).toBe(2);
    expect(memory.count('r1', 'ana', repeatKey('other'), 20_000)).toBe(0);
    expect(memory.count('r1', 'ana', key, 60_000)).toBe(1); // the first one expired
    expect(memory.count('r1', 'ana', key, 70_000)).toBe(0);
  });

  it('refuses the third copy', () => {
    expect(checkRepeat(1)).toBeNull();
    expect(checkRepeat(2)).toEqual({ action: 'BLOCK', rule: 'REPEAT', reason: REPEAT_REASON });
  });

  it('keeps at most perAuthor entries per author and at most `authors` authors, dropping the least recently active', () => {
    const memory = createRepeatMemory(limits);
    for (let i = 0; i < 100; i++) memory.record('r1', 'ana', repeatKey(`message ${i}`), i);
    expect(memory.size()).toEqual({ authors: 1, entries: 4 });
    for (let i = 0; i < 100; i++) memory.record('r1', `user${i}`, repeatKey('hi'), 200 + i);
    expect(memory.size()).toEqual({ authors: 3, entries: 3 });
    expect(memory.count('r1', 'user99', repeatKey('hi'), 300)).toBe(1);
    expect(memory.count('r1', 'user0', repeatKey('hi'), 300)).toBe(0);
  });

  it('drops authors whose entries all expired as soon as anyone is active again', () => {
    const memory = createRepeatMemory(limits);
    memory.record('r1', 'ana', repeatKey('a'), 0);
    memory.record('r1', 'bo', repeatKey('b'), 1_000);
    memory.record('r1', 'cy', repeatKey('c'), 2_000);
    expect(memory.size().authors).toBe(3);
    memory.record('r1', 'dee', repeatKey('d'), 61_500);
    expect(memory.size()).toEqual({ authors: 2, entries: 2 }); // ana and bo expired, cy is still in the window
  });

  it('confirms a remembered send instead of counting it twice, by its sent or published key', () => {
    const memory = createRepeatMemory(limits);
    const key = repeatKey('oh shit');
    const entry = memory.record('r1', 'ana', key, 0);
    entry.alias = repeatKey('oh ****');
    memory.confirm('r1', 'ana', repeatKey('oh ****'), 5);
    memory.confirm('r1', 'ana', key, 6); // nothing unconfirmed left: remembered as a new copy
    expect(memory.count('r1', 'ana', key, 10)).toBe(2);
  });

  it('forgets a single entry and can be cleared', () => {
    const memory = createRepeatMemory(limits);
    const entry = memory.record('r1', 'ana', repeatKey('x'), 0);
    memory.record('r1', 'bo', repeatKey('x'), 0);
    memory.forget('r1', 'ana', entry);
    expect(memory.size()).toEqual({ authors: 1, entries: 1 });
    memory.clear();
    expect(memory.size()).toEqual({ authors: 0, entries: 0 });
  });
});
