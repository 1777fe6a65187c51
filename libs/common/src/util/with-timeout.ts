/**
 * `promise`, or a rejection once `ms` have passed: with `onTimeout`'s error, or `Error(onTimeout)`
 * when it is a message. The timer is cleared as soon as either settles, so that no call leaves one
 * running (and none keeps the process alive).
 */
export function withTimeout<T>(promise: Promise<T>, ms: number, onTimeout: string | (() => Error) = `timed out after ${ms} ms`): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(typeof onTimeout === 'string' ? new Error(onTimeout) : onTimeout()), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
