import { afterAll, beforeAll } from '@jest/globals';
import { Harness, type HarnessOptions } from './harness.js';

/**
 * The set-up every e2e suite repeats, once: starts a harness before the suite's tests and closes it
 * after them. Call it at the top of a `describe`; it answers the harness to use in the tests (each
 * use reaches the one started in `beforeAll`; touching it before then throws). Options that depend
 * on something started first (a test identity provider's URL, a generated certificate) are given as
 * a function, called in the same `beforeAll` after the `beforeAll`s declared before it.
 */
export function useHarness(options: HarnessOptions | (() => HarnessOptions | Promise<HarnessOptions>)): Harness {
  let started: Harness | undefined;
  beforeAll(async () => {
    started = await Harness.start(typeof options === 'function' ? await options() : options);
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
