/**
 * Writes the index of error codes into docs/api.md (between the markers), from the `...ErrorCode`
 * constant objects in the source: one list per service. `node dist/scripts/error-codes.js [check]`
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = process.cwd();
const START = '<!-- error-codes:start -->';
const END = '<!-- error-codes:end -->';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

function collect(): Map<string, Set<string>> {
  const byArea = new Map<string, Set<string>>();
  for (const file of [...files(join(ROOT, 'apps')), ...files(join(ROOT, 'libs'))]) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/export const \w*ErrorCodes?\s*=\s*\{([\s\S]*?)\}\s*as const/g)) {
      const area = relative(ROOT, file).split('/').slice(0, 2).join('/');
      const set = byArea.get(area) ?? new Set<string>();
      for (const code of (match[1] ?? '').matchAll(/([A-Z][A-Z0-9_]+)\s*:/g)) set.add(code[1] as string);
      byArea.set(area, set);
    }
  }
  return byArea;
}

function render(byArea: Map<string, Set<string>>): string {
  const lines = [START, '', '| where | codes |', '| --- | --- |'];
  for (const area of [...byArea.keys()].sort()) {
    lines.push(`| \`${area}\` | ${[...(byArea.get(area) ?? [])].sort().map((c) => `\`${c}\``).join(', ')} |`);
  }
  lines.push('', END);
  return lines.join('\n');
}

const docPath = join(ROOT, 'docs', 'api.md');
const doc = readFileSync(docPath, 'utf8');
const section = render(collect());
const next = doc.includes(START) ? doc.replace(new RegExp(`${START}[\\s\\S]*?${END}`), section) : `${doc.trimEnd()}\n\n${section}\n`;
if (process.argv[2] === 'check') {
  if (next !== doc) {
    console.error('docs/api.md lists stale error codes: run `npm run openapi` and commit');
    process.exit(1);
  }
} else if (next !== doc) {
  writeFileSync(docPath, next);
  console.log('wrote the error-code index of docs/api.md');
}
