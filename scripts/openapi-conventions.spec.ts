import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { SERVICE_NAMES } from '#common';

/**
 * The API conventions (README, "Conventions"), checked over the committed OpenAPI documents so that
 * they keep holding for every operation of the four services.
 */
type Schema = {
  $ref?: string;
  type?: string | string[];
  format?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  required?: string[];
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  default?: unknown;
};
type Parameter = { name: string; in: string; schema?: Schema };
type Operation = {
  operationId?: string;
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: Schema }> }>;
};
type Document = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema> } };

const documents = SERVICE_NAMES.map((service) => ({
  service,
  doc: JSON.parse(readFileSync(new URL(`../openapi/${service}.json`, import.meta.url), 'utf8')) as Document,
}));

/** Lists that are fixed sets, not collections that grow: answered whole. */
const UNPAGED_LISTS = new Set([
  'identity GET /countries', // the ISO country list
  'identity GET /me/identities', // a person's ways to sign in: one per provider and per account's single sign-on, never long
]);

const resolve = (doc: Document, schema: Schema | undefined): Schema | undefined =>
  schema?.$ref ? doc.components.schemas[schema.$ref.split('/').pop() as string] : schema;

function operations() {
  const out: Array<{ service: string; doc: Document; method: string; path: string; op: Operation; label: string }> = [];
  for (const { service, doc } of documents) {
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
        out.push({ service, doc, method, path, op, label: `${service} ${method.toUpperCase()} ${path}` });
      }
    }
  }
  return out;
}

/** Every property of every schema (components), with the schema it belongs to. */
function properties() {
  const out: Array<{ where: string; name: string; schema: Schema }> = [];
  for (const { service, doc } of documents) {
    for (const [schemaName, schema] of Object.entries(doc.components.schemas)) {
      for (const [name, prop] of Object.entries(schema.properties ?? {})) out.push({ where: `${service} ${schemaName}.${name}`, name, schema: prop });
    }
  }
  return out;
}

/** GET operations whose JSON answer holds an `items` array: the lists. */
function listOperations() {
  return operations().filter(({ method, op, doc }) => {
    if (method !== 'get') return false;
    const schema = resolve(doc, op.responses?.['200']?.content?.['application/json']?.schema);
    return schema?.properties?.items?.type === 'array';
  });
}

describe('OpenAPI conventions', () => {
  it('finds the lists to check', () => {
    expect(listOperations().length).toBeGreaterThan(15);
  });

  it('every list takes page and pageSize with the same limits, and answers items, page, pageSize and total', () => {
    const problems: string[] = [];
    for (const { label, op, doc } of listOperations()) {
      if (UNPAGED_LISTS.has(label)) continue;
      const query = new Map((op.parameters ?? []).filter((p) => p.in === 'query').map((p) => [p.name, p.schema ?? {}]));
      const page = query.get('page');
      const pageSize = query.get('pageSize');
      if (!page || page.minimum !== 1 || page.maximum !== 100_000 || page.default !== 1) problems.push(`${label}: page (1 … 100000, default 1)`);
      if (!pageSize || pageSize.minimum !== 1 || pageSize.maximum !== 200 || pageSize.default !== 50) {
        problems.push(`${label}: pageSize (1 … 200, default 50)`);
      }
      for (const other of ['limit', 'offset', 'perPage', 'size', 'skip', 'take']) if (query.has(other)) problems.push(`${label}: ${other} (use page/pageSize)`);
      const schema = resolve(doc, op.responses?.['200']?.content?.['application/json']?.schema) ?? {};
      const envelope = new Map<string, Schema>();
      for (const part of [schema, ...(schema.allOf ?? []).map((s) => resolve(doc, s) ?? {})]) {
        for (const [name, prop] of Object.entries(part.properties ?? {})) envelope.set(name, prop);
      }
      for (const field of ['items', 'page', 'pageSize', 'total']) {
        if (!envelope.has(field)) problems.push(`${label}: answer without ${field}`);
      }
      for (const other of ['limit', 'offset']) if (envelope.has(other)) problems.push(`${label}: answer with ${other}`);
    }
    expect(problems).toEqual([]);
  });

  it('a sortable list takes sort and order (asc, desc)', () => {
    const problems: string[] = [];
    for (const { label, op } of operations()) {
      const query = new Map((op.parameters ?? []).filter((p) => p.in === 'query').map((p) => [p.name, p.schema ?? {}]));
      for (const other of ['sortBy', 'orderBy', 'direction', 'dir', 'sortOrder']) if (query.has(other)) problems.push(`${label}: ${other} (use sort/order)`);
      const order = query.get('order');
      if (order && JSON.stringify(order.enum) !== JSON.stringify(['asc', 'desc'])) problems.push(`${label}: order is not asc/desc`);
      if (order && !query.has('sort')) problems.push(`${label}: order without sort`);
      if (query.has('sort') && !order) problems.push(`${label}: sort without order`);
    }
    expect(problems).toEqual([]);
  });

  it('license keys are sortable by column', () => {
    const { doc } = documents.find((d) => d.service === 'licensing')!;
    const op = doc.paths['/accounts/{accountId}/subscriptions/{subscriptionId}/license-keys']?.get;
    const sort = op?.parameters?.find((p) => p.name === 'sort')?.schema;
    expect(sort?.enum).toEqual(expect.arrayContaining(['name', 'keyKind', 'quota', 'used', 'vacant', 'expiresOn']));
  });

  it('date-times end in At (or Since/Until) and are never called *Date; dates (format date) end in On', () => {
    const problems: string[] = [];
    for (const { where, name, schema } of properties()) {
      if (/Date$/.test(name)) problems.push(`${where}: *Date`);
      // *Since / *Until read as the guide's columns (memberSince) and bounds (validUntil).
      if (schema.format === 'date-time' && !/(At|Since|Until)$/.test(name)) problems.push(`${where}: a date-time not named *At`);
      if (schema.format === 'date' && !/(On|OnBefore|OnAfter)$/.test(name)) problems.push(`${where}: a date not named *On`);
    }
    for (const { label, op } of operations()) {
      for (const p of op.parameters ?? []) {
        if (p.in === 'query' && /Date$/.test(p.name)) problems.push(`${label}: query ${p.name}`);
        for (const value of p.schema?.enum ?? []) if (typeof value === 'string' && /Date$/.test(value)) problems.push(`${label}: ${p.name}=${value}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('one name per concept: a resource\'s own id is id; key kind is keyKind; counts are quota, used, vacant', () => {
    const banned: Record<string, string> = {
      memberId: 'id (a member\'s own id)',
      remaining: 'vacant',
      maxManagedComputers: 'quota',
      registeredComputers: 'used',
      kindOfKey: 'keyKind',
    };
    const problems: string[] = [];
    for (const { where, name, schema } of properties()) {
      if (banned[name]) problems.push(`${where}: use ${banned[name]}`);
      // `type` holding a license key's kind (primary/reserved) is `keyKind`.
      if (name === 'type' && schema.enum?.includes('primary')) problems.push(`${where}: use keyKind`);
    }
    expect(problems).toEqual([]);
  });

  it('every operation has one path per resource across services (no two services serve the same path)', () => {
    const owners = new Map<string, string>();
    const problems: string[] = [];
    for (const { service, method, path } of operations()) {
      if (path === '/health' || path === '/health/ready') continue; // each process answers its own health
      const key = `${method} ${path}`;
      const other = owners.get(key);
      if (other && other !== service) problems.push(`${key}: ${other} and ${service}`);
      owners.set(key, service);
    }
    expect(problems).toEqual([]);
  });

  it('every numeric input (path, query, body at any depth) documents its minimum and maximum', () => {
    const problems: string[] = [];
    let numeric = 0;
    const walk = (doc: Document, schema: Schema | undefined, where: string, seen: Set<string>): void => {
      if (!schema) return;
      if (schema.$ref) {
        if (seen.has(schema.$ref)) return;
        return walk(doc, resolve(doc, schema), where, new Set([...seen, schema.$ref]));
      }
      for (const part of [...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])]) walk(doc, part, where, seen);
      const types = Array.isArray(schema.type) ? schema.type : [schema.type];
      if (types.includes('integer') || types.includes('number')) {
        numeric += 1;
        if (typeof schema.minimum !== 'number' || typeof schema.maximum !== 'number') problems.push(`${where}: no minimum or maximum`);
      }
      if (schema.items) walk(doc, schema.items, `${where}[]`, seen);
      for (const [name, prop] of Object.entries(schema.properties ?? {})) walk(doc, prop, `${where}.${name}`, seen);
    };
    for (const { label, op, doc } of operations()) {
      for (const p of op.parameters ?? []) walk(doc, p.schema, `${label} ${p.in}.${p.name}`, new Set());
      for (const content of Object.values(op.requestBody?.content ?? {})) walk(doc, content.schema, `${label} body`, new Set());
    }
    expect(numeric).toBeGreaterThan(30);
    expect(problems).toEqual([]);
  });

  it('one code for rate limiting: TOO_MANY_REQUESTS, on every 429', () => {
    const problems: string[] = [];
    for (const { label, op } of operations()) {
      const tooMany = op.responses?.['429'];
      if (tooMany && !/TOO_MANY_REQUESTS/.test(tooMany.description ?? '')) problems.push(`${label}: 429 without TOO_MANY_REQUESTS`);
    }
    for (const { service, doc } of documents) {
      if (JSON.stringify(doc).includes('RATE_LIMITED')) problems.push(`${service}: RATE_LIMITED`);
    }
    expect(problems).toEqual([]);
  });

  it('QUOTA_EXCEEDED documents its details', () => {
    const { doc } = documents.find((d) => d.service === 'licensing')!;
    const descriptions = Object.values(doc.paths)
      .flatMap((item) => Object.values(item))
      .flatMap((op) => Object.values(op.responses ?? {}).map((r) => r.description ?? ''))
      .filter((d) => d.includes('QUOTA_EXCEEDED'));
    expect(descriptions.length).toBeGreaterThan(0);
    for (const d of descriptions) expect(d).toMatch(/QUOTA_EXCEEDED \(details: needed, vacant\)/);
  });
});
