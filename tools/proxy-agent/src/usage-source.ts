import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { AgentError } from './errors.js';

/** How many computers the proxy manages now (and, when the source knows it, the peak since the last report). */
export interface UsageSample {
  managed: number;
  peak?: number;
}

export type UsageSource = { file: string } | { command: string };

/**
 * Reads the figures from what the operator points the agent at, since the agent stands in for
 * the real proxy: a file, or a command's standard output (run by /bin/sh, 30 s at most). Either
 * holds a whole number (`42`), two (`42 57`: managed, then peak), or JSON `{"managed":42,"peak":57}`.
 */
export async function readUsage(source: UsageSource, signal?: AbortSignal): Promise<UsageSample> {
  const text = 'file' in source ? await readSourceFile(source.file, signal) : await runCommand(source.command, signal);
  return parseUsage(text, 'file' in source ? source.file : `\`${source.command}\``);
}

export function parseUsage(text: string, where: string): UsageSample {
  const trimmed = text.trim();
  let managed: unknown;
  let peak: unknown;
  if (trimmed.startsWith('{')) {
    try {
      ({ managed, peak } = JSON.parse(trimmed) as { managed?: unknown; peak?: unknown });
    } catch {
      throw new AgentError('USAGE_SOURCE_INVALID', `${where} is not valid JSON`);
    }
  } else {
    const parts = trimmed.split(/\s+/).filter(Boolean);
    if (parts.length < 1 || parts.length > 2) throw new AgentError('USAGE_SOURCE_INVALID', `${where} should hold a number of computers (and optionally the peak)`);
    [managed, peak] = parts.map(Number);
  }
  const whole = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 0;
  if (!whole(managed) || (peak !== undefined && !whole(peak))) throw new AgentError('USAGE_SOURCE_INVALID', `${where} should hold whole numbers, got "${trimmed.slice(0, 80)}"`);
  const sample: UsageSample = { managed: managed as number };
  if (peak !== undefined) sample.peak = Math.max(peak as number, managed as number);
  return sample;
}

async function readSourceFile(file: string, signal?: AbortSignal): Promise<string> {
  try {
    return await readFile(file, { encoding: 'utf8', signal });
  } catch (err) {
    throw new AgentError('USAGE_SOURCE_FAILED', `${file} cannot be read: ${(err as Error).message}`);
  }
}

function runCommand(command: string, signal?: AbortSignal): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('/bin/sh', ['-c', command], { timeout: 30_000, maxBuffer: 64 * 1024, signal }, (err, stdout, stderr) => {
      if (err) reject(new AgentError('USAGE_SOURCE_FAILED', `\`${command}\` failed: ${String(stderr).trim().slice(0, 200) || err.message}`));
      else resolve(stdout);
    });
  });
}
