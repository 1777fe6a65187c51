/**
 * Writes the index of error codes into docs/api.md (between the markers), from the error tables
 * themselves (`defineErrors` in libs/common and each service): per table, each code with its status,
 * when it is answered and what its details carry. `node dist/scripts/error-codes.js [check]`
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeError, errorRegistry, type RegisteredError } from '#common';
// Loading a table registers it (and refuses a code another table defines already).
import '../apps/identity/src/common/identity-errors.js';
import '../apps/licensing/src/licensing.errors.js';
import '../apps/activation/src/activation.errors.js';
import '../apps/notification/src/notification.errors.js';
import '../apps/gateway/src/gateway.errors.js';

const ROOT = process.cwd();
const START = '<!-- error-codes:start -->';
const END = '<!-- error-codes:end -->';

const TITLES: Record<string, string> = {
  common: '`libs/common`: every service',
  identity: '`apps/identity`',
  licensing: '`apps/licensing`',
  activation: '`apps/activation`',
  notification: '`apps/notification`',
  gateway: '`apps/gateway`: the gateway itself, for the services behind it',
};

const cell = (text: string) => text.replace(/\|/g, '\\|');

function render(): string {
  const lines = [START, ''];
  const areas = ['common', ...errorRegistry.areas().filter((a) => a !== 'common').sort()];
  for (const area of areas) {
    const entries: RegisteredError[] = errorRegistry.list([area]).sort((a, b) => a.status - b.status || a.code.localeCompare(b.code));
    lines.push(`#### ${TITLES[area] ?? `\`${area}\``}`, '', '| status | code | when; details |', '| --- | --- | --- |');
    for (const e of entries) lines.push(`| ${e.status} | \`${e.code}\` | ${cell(describeError(e))} |`);
    lines.push('');
  }
  lines.push(END);
  return lines.join('\n');
}

const docPath = join(ROOT, 'docs', 'api.md');
const doc = readFileSync(docPath, 'utf8');
const section = render();
const next = doc.includes(START) ? doc.replace(new RegExp(`${START}[\\s\\S]*?${END}`), () => section) : `${doc.trimEnd()}\n\n${section}\n`;
if (process.argv[2] === 'check') {
  if (next !== doc) {
    console.error('docs/api.md lists stale error codes: run `npm run openapi` and commit');
    process.exit(1);
  }
} else if (next !== doc) {
  writeFileSync(docPath, next);
  console.log('wrote the error-code index of docs/api.md');
}
