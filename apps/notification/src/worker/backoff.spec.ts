import { describe, expect, it } from '@jest/globals';
import { backoffDelay } from './notification.worker.js';

describe('delivery retry backoff', () => {
  it('doubles from the base on each attempt', () => {
    expect([1, 2, 3, 4].map((n) => backoffDelay(n, 2000))).toEqual([2000, 4000, 8000, 16000]);
  });

  it('never waits more than ten minutes', () => {
    expect(backoffDelay(30, 2000)).toBe(600_000);
  });

  it('treats a first attempt (0 made) like the first retry', () => {
    expect(backoffDelay(0, 500)).toBe(500);
  });
});
