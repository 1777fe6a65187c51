/**
 * Fails on a breaking change of the OpenAPI documents against a base revision, unless the change is
 * acknowledged in openapi/acknowledged-breaking-changes.json (a list of the exact messages printed).
 *
 * Base: OPENAPI_BASE when set; otherwise HEAD when the documents differ from HEAD (a change being
 * made), else HEAD~1 (the last commit's change, as in CI on a clean clone of main).
 *
 * Breaking: an operation removed; a response field removed; a request field added as required or
 * made required; a request field removed (clients sending it get 400); a type changed; enum values
 * removed from a request field; a documented success status removed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SERVICE_NAMES } from '#common';
import { operationsOf, readDocument, type JsonObject } from './openapi-documents.js';

function git(args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return undefined;
  }
}

function baseRevision(): string | undefined {
  if (process.env.OPENAPI_BASE) return process.env.OPENAPI_BASE;
  const changed = git(['diff', '--name-only', 'HEAD', '--', 'openapi/']);
  if (changed === undefined) return undefined;
  if (changed.trim()) return 'HEAD';
  return git(['rev-parse', '--verify', '-q', 'HEAD~1']) ? 'HEAD~1' : undefined;
}

function resolve(document: JsonObject, schema: unknown, depth = 0): JsonObject | undefined {
  if (!schema || typeof schema !== 'object' || depth > 20) return undefined;
  const ref = (schema as JsonObject).$ref;
  if (typeof ref === 'string') {
    const target = ref
      .replace(/^#\//, '')
      .split('/')
      .reduce<unknown>((node, part) => (node as JsonObject | undefined)?.[part], document);
    return resolve(document, target, depth + 1);
  }
  return schema as JsonObject;
}

type Direction = 'request' | 'response';

function compareSchemas(
  before: { doc: JsonObject; schema: unknown },
  after: { doc: JsonObject; schema: unknown },
  where: string,
  direction: Direction,
  out: string[],
  depth = 0,
): void {
  if (depth > 12) return;
  const a = resolve(before.doc, before.schema);
  const b = resolve(after.doc, after.schema);
  if (!a || !b) return;
  if (a.type && b.type && a.type !== b.type) out.push(`${where}: type changed from ${String(a.type)} to ${String(b.type)}`);
  if (direction === 'request' && Array.isArray(a.enum) && Array.isArray(b.enum)) {
    const removed = a.enum.filter((v) => !(b.enum as unknown[]).includes(v));
    if (removed.length) out.push(`${where}: enum values removed: ${removed.join(', ')}`);
  }
  const propsA = (a.properties ?? {}) as Record<string, unknown>;
  const propsB = (b.properties ?? {}) as Record<string, unknown>;
  const requiredA = new Set((a.required ?? []) as string[]);
  const requiredB = new Set((b.required ?? []) as string[]);
  for (const name of Object.keys(propsA)) {
    if (!(name in propsB)) out.push(`${where}.${name}: ${direction} field removed`);
  }
  if (direction === 'request') {
    for (const name of requiredB) {
      if (!requiredA.has(name)) out.push(`${where}.${name}: request field ${name in propsA ? 'made' : 'added as'} required`);
    }
  } else {
    for (const name of requiredA) {
      if (!requiredB.has(name) && name in propsB) out.push(`${where}.${name}: response field no longer always present`);
    }
  }
  for (const name of Object.keys(propsA)) {
    if (name in propsB) compareSchemas({ doc: before.doc, schema: propsA[name] }, { doc: after.doc, schema: propsB[name] }, `${where}.${name}`, direction, out, depth + 1);
  }
  if (a.items && b.items) compareSchemas({ doc: before.doc, schema: a.items }, { doc: after.doc, schema: b.items }, `${where}[]`, direction, out, depth + 1);
}

function jsonSchemaOf(container: unknown): unknown {
  return ((container as JsonObject | undefined)?.content as Record<string, JsonObject> | undefined)?.['application/json']?.schema;
}

/** Error codes the document enumerates (`ErrorCode`, generated from the error tables) and their statuses. */
function errorStatuses(document: JsonObject): Record<string, number> | undefined {
  const schema = ((document.components as JsonObject | undefined)?.schemas as JsonObject | undefined)?.ErrorCode as JsonObject | undefined;
  return schema?.['x-error-statuses'] as Record<string, number> | undefined;
}

export function breakingChanges(service: string, before: JsonObject, after: JsonObject): string[] {
  const out: string[] = [];
  // Clients branch on codes: a code no longer answered, or answered under another status, breaks them.
  const codesBefore = errorStatuses(before);
  const codesAfter = errorStatuses(after);
  if (codesBefore && codesAfter) {
    for (const [code, status] of Object.entries(codesBefore)) {
      if (!(code in codesAfter)) out.push(`${service}: error code ${code} removed`);
      else if (codesAfter[code] !== status) out.push(`${service}: error code ${code} answers ${codesAfter[code]} instead of ${status}`);
    }
  }
  const afterOps = new Map(operationsOf(service, after).map((o) => [`${o.method} ${o.path}`, o]));
  for (const old of operationsOf(service, before)) {
    const key = `${old.method} ${old.path}`;
    const current = afterOps.get(key);
    const where = `${service}: ${old.method.toUpperCase()} ${old.path}`;
    if (!current) {
      out.push(`${where}: operation removed`);
      continue;
    }
    compareSchemas({ doc: before, schema: jsonSchemaOf(old.operation.requestBody) }, { doc: after, schema: jsonSchemaOf(current.operation.requestBody) }, `${where} body`, 'request', out);
    const paramsOf = (op: JsonObject) => ((op.parameters ?? []) as JsonObject[]).map((p) => resolve(before, p) ?? p);
    const oldRequired = new Set(paramsOf(old.operation).filter((p) => p.required).map((p) => `${String(p.in)}:${String(p.name)}`));
    for (const p of (current.operation.parameters ?? []) as JsonObject[]) {
      const id = `${String(p.in)}:${String(p.name)}`;
      if (p.required && !oldRequired.has(id)) out.push(`${where} parameter ${id}: made or added as required`);
    }
    const oldResponses = (old.operation.responses ?? {}) as Record<string, unknown>;
    const newResponses = (current.operation.responses ?? {}) as Record<string, unknown>;
    for (const [status, response] of Object.entries(oldResponses)) {
      if (!status.startsWith('2')) continue;
      if (!(status in newResponses)) {
        out.push(`${where}: success status ${status} removed`);
        continue;
      }
      compareSchemas({ doc: before, schema: jsonSchemaOf(response) }, { doc: after, schema: jsonSchemaOf(newResponses[status]) }, `${where} ${status}`, 'response', out);
    }
  }
  return out;
}

function main(): void {
  const base = baseRevision();
  if (!base) {
    console.log('No base revision to compare the OpenAPI documents with');
    return;
  }
  const ackFile = join(process.cwd(), 'openapi', 'acknowledged-breaking-changes.json');
  const acknowledged = new Set<string>(existsSync(ackFile) ? (JSON.parse(readFileSync(ackFile, 'utf8')) as string[]) : []);
  const unacknowledged: string[] = [];
  for (const service of SERVICE_NAMES) {
    const text = git(['show', `${base}:openapi/${service}.json`]);
    if (!text) continue; // a new document breaks nothing
    for (const change of breakingChanges(service, JSON.parse(text) as JsonObject, readDocument(service))) {
      if (!acknowledged.has(change)) unacknowledged.push(change);
    }
  }
  if (unacknowledged.length) {
    console.error(
      `Breaking changes to the API against ${base}; make them compatible, or acknowledge each by adding its exact line to openapi/acknowledged-breaking-changes.json:\n${unacknowledged.map((c) => `  ${c}`).join('\n')}`,
    );
    process.exit(1);
  }
  console.log(`No unacknowledged breaking change against ${base}`);
}

if (process.argv[1]?.endsWith('openapi-breaking.js')) main();
