import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from '@jest/globals';
import { DEFAULT_SERVICE_OPTIONS } from './service.js';
import { parseUsage, readUsage } from './usage-source.js';

describe('the managed-computer source of proxy-agent run', () => {
  const dir = mkdtempSync(join(tmpdir(), 'usage-source-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['42\n', { managed: 42 }],
    [' 42 57 ', { managed: 42, peak: 57 }],
    ['42 40', { managed: 42, peak: 42 }],
    ['{"managed":3,"peak":4}', { managed: 3, peak: 4 }],
    ['{"managed":3}', { managed: 3 }],
  ])('reads %j', (text, expected) => {
    expect(parseUsage(text, 'the file')).toEqual(expected);
  });

  it.each(['', 'many', '-1', '1.5', '1 2 3', '{"managed":"3"}', '{bad json'])('refuses %j with a clear error', (text) => {
    expect(() => parseUsage(text, 'the file')).toThrow(expect.objectContaining({ code: 'USAGE_SOURCE_INVALID', message: expect.stringContaining('the file') }));
  });

  it('reads a file, or a command through /bin/sh, and names a failing command', async () => {
    const file = join(dir, 'managed');
    writeFileSync(file, '7 9\n');
    expect(await readUsage({ file })).toEqual({ managed: 7, peak: 9 });
    expect(await readUsage({ command: 'echo "{\\"managed\\": $((2 + 3))}"' })).toEqual({ managed: 5 });
    await expect(readUsage({ command: 'echo nope >&2; exit 3' })).rejects.toMatchObject({ code: 'USAGE_SOURCE_FAILED', message: expect.stringContaining('nope') });
    await expect(readUsage({ file: join(dir, 'missing') })).rejects.toMatchObject({ code: 'USAGE_SOURCE_FAILED', message: expect.stringContaining('ENOENT') });
  });
});

describe('tools/proxy-agent/proxy-agent.service', () => {
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  const unit = readFileSync(join(root, 'tools/proxy-agent/proxy-agent.service'), 'utf8');
  const setting = (key: string) => [...unit.matchAll(new RegExp(`^${key}=(.*)$`, 'gm'))].map((m) => m[1] as string);

  it('runs the built CLI in service mode and stops it with SIGTERM, leaving it time to finish', () => {
    const [exec] = setting('ExecStart');
    const entry = exec!.split(' ').find((part) => part.endsWith('cli.js'))!;
    expect(exec).toMatch(/ run$/);
    expect(readFileSync(join(root, entry.replace(/^dist\//, '').replace(/\.js$/, '.ts')), 'utf8')).toContain("command === 'run'");
    expect(setting('KillSignal')).toEqual(['SIGTERM']);
    const stopSeconds = Number(/^(\d+)s$/.exec(setting('TimeoutStopSec')[0] ?? '')?.[1]);
    expect(stopSeconds * 1000).toBeGreaterThan(DEFAULT_SERVICE_OPTIONS.stopTimeoutMs);
    expect(setting('Restart')).toEqual(['on-failure']);
  });

  it('keeps the state file in its own private state directory', () => {
    const [stateDir] = setting('StateDirectory');
    expect(setting('Environment')).toContain(`PROXY_AGENT_STATE=/var/lib/${stateDir}/proxy-state.json`);
    expect(setting('StateDirectoryMode')).toEqual(['0700']);
    expect(setting('UMask')).toEqual(['0077']);
  });
});
