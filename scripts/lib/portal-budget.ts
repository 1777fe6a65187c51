/**
 * The JavaScript the portal's sign-in page loads first, measured on the build (apps/portal/dist):
 * the entry and its module preloads from index.html, the sign-in page's lazy chunk, and every chunk
 * they import statically (dynamic `import()`s are other pages, loaded later). Sizes are gzipped.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BudgetReport {
  chunks: Array<{ file: string; gzipBytes: number }>;
  totalGzipBytes: number;
}

const STATIC_IMPORT = /(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([\w.-]+\.js)["']/g;

export function signInPageBudget(dist = 'apps/portal/dist'): BudgetReport {
  const assets = join(dist, 'assets');
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist} has no build: run \`npm run -s portal:build\` first`);
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const start = [...html.matchAll(/(?:src|href)="\/assets\/([\w.-]+\.js)"/g)].map((m) => m[1]!);
  const page = readdirSync(assets).find((f) => /^SignInPage-[\w-]+\.js$/.test(f));
  if (!page) throw new Error('no SignInPage chunk in the build');
  const seen = new Set<string>();
  const queue = [...start, page];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(assets, file), 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) queue.push(m[1]!);
  }
  const chunks = [...seen].sort().map((file) => ({ file, gzipBytes: gzipSync(readFileSync(join(assets, file))).length }));
  return { chunks, totalGzipBytes: chunks.reduce((sum, c) => sum + c.gzipBytes, 0) };
}
