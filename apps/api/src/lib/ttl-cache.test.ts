import { describe, expect, it, vi } from 'vitest';
import { TtlCache } from './ttl-cache.js';

describe('TtlCache', () => {
  it('computes once per key within the time to live, shares a computation in flight, forgets failures and old keys', async () => {
    vi.useFakeTimers();
    const cache = new TtlCache<number>(1000, 2);
    let calls = 0;
    const compute = async () => ++calls;
    expect(await Promise.all([cache.get('a', compute), cache.get('a', compute)])).toEqual([1, 1]);
    vi.advanceTimersByTime(999);
    expect(await cache.get('a', compute)).toBe(1);
    vi.advanceTimersByTime(2);
    expect(await cache.get('a', compute)).toBe(2);
    await expect(cache.get('bad', () => Promise.reject(new Error('db down')))).rejects.toThrow('db down');
    await Promise.resolve();
    expect(await cache.get('bad', compute)).toBe(3);
    await cache.get('b', compute);
    await cache.get('c', compute); // evicts the oldest
    expect(await cache.get('a', compute)).toBe(6); // computed again: 'a' was evicted (b was 4, c was 5)
    vi.useRealTimers();
  });
});
