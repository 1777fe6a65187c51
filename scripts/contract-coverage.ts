/**
 * After the end-to-end suites: lists the operations of the committed OpenAPI documents that no test
 * exercised (the harness records every operation a response was checked against), and fails when
 * there are any. `node dist/scripts/contract-coverage.js`
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SERVICE_NAMES } from '#common';
import { operationsOf, readDocument } from './openapi-documents.js';

const dir = join(process.cwd(), '.data', 'contract-hits');
const hits = new Set<string>();
if (existsSync(dir)) {
  for (const file of readdirSync(dir)) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const { service, operationId } = JSON.parse(line) as { service: string; operationId: string };
      hits.add(`${service}:${operationId}`);
    }
  }
}

const missing: string[] = [];
let total = 0;
for (const service of SERVICE_NAMES) {
  for (const op of operationsOf(service, readDocument(service))) {
    total += 1;
    if (!hits.has(`${service}:${op.operationId}`)) missing.push(`${service}: ${op.method.toUpperCase()} ${op.path} (${op.operationId})`);
  }
}

if (missing.length > 0) {
  console.error(`Operations no end-to-end test exercised (${missing.length} of ${total}):\n${missing.map((m) => `  - ${m}`).join('\n')}`);
  process.exit(1);
}
console.log(`Every documented operation (${total}) was exercised by an end-to-end test`);
