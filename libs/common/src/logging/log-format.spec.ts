import { afterEach, describe, expect, it } from '@jest/globals';
import { prettyLogTransport } from './logger.module.js';

describe('prettyLogTransport (LOG_FORMAT)', () => {
  const wasTty = process.stdout.isTTY;
  const attached = (tty: boolean | undefined): void => {
    Object.defineProperty(process.stdout, 'isTTY', { value: tty, configurable: true, writable: true });
  };
  afterEach(() => attached(wasTty));

  it('auto: pretty-prints on a terminal, JSON lines otherwise', () => {
    attached(true);
    expect(prettyLogTransport('auto')?.target).toBe('pino-pretty');
    attached(false);
    expect(prettyLogTransport('auto')).toBeUndefined();
  });

  it('pretty and json are obeyed whether or not a terminal is attached', () => {
    for (const tty of [true, false]) {
      attached(tty);
      expect(prettyLogTransport('pretty')?.target).toBe('pino-pretty');
      expect(prettyLogTransport('json')).toBeUndefined();
    }
  });
});
