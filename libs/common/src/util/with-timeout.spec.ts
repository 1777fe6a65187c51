import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { withTimeout } from './with-timeout.js';

describe('withTimeout', () => {
  beforeEach(() => {
    jest.useFakeTimers();
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('answers the promise and clears its timer at once', async () => {
    await expect(withTimeout(Promise.resolve(7), 1000)).resolves.toBe(7);
    expect(jest.getTimerCount()).toBe(0);
  });

  it('passes a rejection through and clears its timer', async () => {
    await expect(withTimeout(Promise.reject(new Error('boom')), 1000)).rejects.toThrow('boom');
    expect(jest.getTimerCount()).toBe(0);
  });

  it('rejects with the message, or the error made by onTimeout, when the time is up', async () => {
    const never = new Promise<never>(() => undefined);
    const byMessage = withTimeout(never, 500, 'redis timed out');
    const byError = withTimeout(never, 500, () => new RangeError('queue unavailable'));
    expect(jest.getTimerCount()).toBe(2);
    jest.advanceTimersByTime(499);
    await Promise.resolve();
    expect(jest.getTimerCount()).toBe(2);
    jest.advanceTimersByTime(1);
    await expect(byMessage).rejects.toThrow('redis timed out');
    await expect(byError).rejects.toBeInstanceOf(RangeError);
    expect(jest.getTimerCount()).toBe(0);
  });
});
