import { afterAll, beforeAll } from '@jest/globals';
import { Harness, type HarnessOptions } from './harness.js';

/**
 * The set-up every e2e suite repeats, once: starts a harness before the suite's tests and closes it
 * after them. Call it at the top of a `describe`; it answers the harness to use in the tests (each
 * use reaches the one started in `beforeAll`; touching it before then throws).
 */
export function useHarness(options: HarnessOptions): Harness {
  let started: Harness | undefined;
  beforeAll(async () => {
    started = await Harness.start(options);
  });
  afterAll(async () => {
    await started?.close();
  });
  const current = (): Harness => {
    if (!started) throw new Error('the harness is used before beforeAll started it');
    return started;
  };
  return new Proxy({} as Harness, {
    get: (_, property) => Reflect.get(current(), property),
    set: (_, property, value) => Reflect.set(current(), property, value),
  });
}
