import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from '@jest/globals';
import request, { type Response } from 'supertest';
import { SERVICE_NAMES } from '#common';
import { checkResponse } from '../../support/contract.js';
import { createOperator, createSession, mintAccessToken, type TestUser } from '../../support/factories.js';
import type { ServiceName } from '../../support/harness.js';
import { useHarness } from '../../support/suite.js';
import { createWorld, site, useAgents, type ActivationWorld } from '../activation/activation-fixtures.js';

/**
 * Fuzzes every operation of the committed OpenAPI documents with seeded, generated malformed input
 * (types, bounds, formats, encodings, nesting, sizes, unknown fields, bad path ids), authenticated
 * as a caller the operation accepts. Fails on any 5xx but a documented 503, any error answer outside the error shape, and
 * any status or body the document does not list. `FUZZ_SEED` and `FUZZ_CASES` (per operation)
 * reproduce or widen a run; a failure prints the seed and the request.
 */

const SEED = Number(process.env.FUZZ_SEED ?? 11);
const CASES = Number(process.env.FUZZ_CASES ?? 14);
const SERVICES = SERVICE_NAMES;

type Json = Record<string, unknown>;
type Schema = Json;
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema?: Schema;
}
interface Operation {
  service: ServiceName;
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  operationId: string;
  parameters: Parameter[];
  body?: { contentType: string; schema?: Schema };
  security: string[];
}

const docs = new Map<ServiceName, Json>();
for (const service of SERVICES) docs.set(service, JSON.parse(readFileSync(join(process.cwd(), 'openapi', `${service}.json`), 'utf8')) as Json);

function resolve(service: ServiceName, schema: Schema | undefined, depth = 0): Schema {
  if (!schema || depth > 8) return {};
  const ref = schema.$ref;
  if (typeof ref === 'string') {
    const target = ref
      .replace(/^#\//, '')
      .split('/')
      .reduce<unknown>((node, key) => (node as Json | undefined)?.[key], docs.get(service));
    return resolve(service, target as Schema, depth + 1);
  }
  const allOf = schema.allOf as Schema[] | undefined;
  if (allOf?.length === 1) return { ...resolve(service, allOf[0], depth + 1), ...schema, allOf: undefined };
  return schema;
}

const operations: Operation[] = [];
for (const service of SERVICES) {
  const paths = docs.get(service)?.paths as Record<string, Record<string, Json>>;
  for (const [path, item] of Object.entries(paths)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
      const op = item[method];
      if (!op) continue;
      const content = (op.requestBody as { content?: Record<string, { schema?: Schema }> } | undefined)?.content;
      const contentType = content ? Object.keys(content)[0] : undefined;
      operations.push({
        service,
        method,
        path,
        operationId: String(op.operationId),
        parameters: ((op.parameters as Parameter[] | undefined) ?? []).filter((p) => p.in !== 'header'),
        body: contentType ? { contentType, schema: content?.[contentType]?.schema } : undefined,
        security: ((op.security as Array<Record<string, unknown>> | undefined) ?? []).flatMap((s) => Object.keys(s)),
      });
    }
  }
}

/** mulberry32: small, fast, seedable. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

class Gen {
  constructor(private readonly next: () => number) {}
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** Raw (already percent-encoded) path segments that no id should survive. */
const BAD_PATH = [
  '%00',
  'a%00b',
  '%ED%A0%80',
  '%FF%FE',
  'x'.repeat(150),
  'y'.repeat(1000),
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-fffffffffff',
  '12345678901234567890',
  '-1',
  '0',
  'null',
  '%20',
  '..%2F..%2Fetc',
  '%25',
  "'%3B%20DROP%20TABLE%20users%3B--",
  '%F0%9F%98%80',
  'ZZZZ-ZZZZ',
];

/** Raw (already percent-encoded) query values. */
const BAD_QUERY = [
  '12345678901234567890',
  '-12345678901234567890',
  '1e400',
  '-1',
  '0',
  '1.5',
  'NaN',
  'abc',
  '',
  '%00',
  'a%00b',
  '%ED%A0%80',
  'z'.repeat(5000),
  '2020-13-45',
  '9999-12-31T99:99:99Z',
  'true',
  '%5B%5D',
  '%F0%9F%98%80',
];

/** Values a JSON field should not accept (as JSON text, so lone surrogates and NULs survive serialisation). */
const BAD_JSON_VALUES = [
  'null',
  'true',
  '0',
  '-1',
  '1e308',
  '-1e308',
  '12345678901234567890',
  '9007199254740993',
  '1.5',
  '""',
  '"\\u0000"',
  '"a\\u0000b"',
  '"x\\ud800y"',
  '"\\udfff"',
  `"${'w'.repeat(20_000)}"`,
  '[]',
  '{}',
  '[1,2,3]',
  '{"$ne":null}',
  '"2020-02-30"',
  '"not-a-uuid"',
  '"not an email"',
  `${'['.repeat(500)}${']'.repeat(500)}`,
];

/** A plausible value for a schema (examples first), to mutate one field at a time. */
function sample(service: ServiceName, raw: Schema | undefined, gen: Gen, depth = 0): unknown {
  const schema = resolve(service, raw);
  if (schema.example !== undefined) return schema.example;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  if (depth > 5) return null;
  switch (type) {
    case 'string':
      switch (schema.format) {
        case 'uuid':
          return '7d1b2a4e-2f8c-4c1e-9a57-0c7f3f1d9b21';
        case 'email':
          return `fuzz.${gen.int(1e9)}@example.com`;
        case 'date':
          return '2030-01-31';
        case 'date-time':
          return '2030-01-31T12:00:00.000Z';
        default:
          return 'fuzz';
      }
    case 'integer':
    case 'number':
      return typeof schema.minimum === 'number' ? schema.minimum : 1;
    case 'boolean':
      return true;
    case 'array':
      return [sample(service, schema.items as Schema, gen, depth + 1)];
    case 'object':
    default: {
      const out: Json = {};
      for (const [key, value] of Object.entries((schema.properties as Record<string, Schema> | undefined) ?? {})) {
        out[key] = sample(service, value, gen, depth + 1);
      }
      return out;
    }
  }
}

interface Built {
  method: Operation['method'];
  url: string;
  contentType?: string;
  body?: string | Buffer;
  what: string;
}

/** One malformed request for the operation. */
function build(op: Operation, gen: Gen, world: { accountId: string }, kind: number): Built {
  const problems: string[] = [];
  let mutatePath = kind % 4 === 0;
  let mutateQuery = kind % 4 === 1;
  const mutateBody = op.body !== undefined && (kind % 4 === 2 || kind % 4 === 3);
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const queryParams = op.parameters.filter((p) => p.in === 'query');
  if (mutatePath && pathParams.length === 0) mutatePath = false;
  if (!mutatePath && !mutateBody && queryParams.length > 0) mutateQuery = true;
  // Path: the real account (so guards let the request through to validation), other ids malformed.
  let url = op.path.replace(/\{([^}]+)\}/g, (_m, name: string) => {
    if (mutatePath && (name !== 'accountId' || gen.chance(0.3))) {
      const value = gen.pick(BAD_PATH);
      problems.push(`path ${name}=${value.slice(0, 40)}`);
      return value;
    }
    return name === 'accountId' ? world.accountId : String(sample(op.service, pathParams.find((p) => p.name === name)?.schema, gen));
  });
  const query: string[] = [];
  if (mutateQuery || gen.chance(0.2)) {
    for (const p of queryParams) {
      if (!gen.chance(0.6)) continue;
      const value = gen.pick(BAD_QUERY);
      query.push(`${encodeURIComponent(p.name)}=${value}`);
      if (gen.chance(0.15)) query.push(`${encodeURIComponent(p.name)}=${value}`); // repeated: an array
    }
    if (gen.chance(0.3) || query.length === 0) query.push(`fuzzUnknown=${gen.pick(BAD_QUERY)}`);
    problems.push(`query ${query.join('&').slice(0, 80)}`);
  }
  if (query.length > 0) url += `?${query.join('&')}`;
  if (!op.body) return { method: op.method, url, what: problems.join('; ') };
  if (op.body.contentType !== 'application/json') {
    const bytes = Buffer.from(Array.from({ length: gen.int(2000) }, () => gen.int(256)));
    return { method: op.method, url, contentType: op.body.contentType, body: bytes, what: [...problems, `${bytes.length} random bytes`].join('; ') };
  }
  const base = sample(op.service, op.body.schema, gen);
  if (!mutateBody) return { method: op.method, url, contentType: 'application/json', body: JSON.stringify(base), what: problems.join('; ') || 'plausible body' };
  const fields = base && typeof base === 'object' && !Array.isArray(base) ? Object.keys(base as Json) : [];
  const choice = gen.int(10);
  let body: string;
  if (choice === 0) {
    body = gen.pick(['null', '[]', '"text"', '42', `${'['.repeat(10_000)}${']'.repeat(10_000)}`, `{"a":${'{"a":'.repeat(5000)}1${'}'.repeat(5001)}`, '{"a":', '\u0000', '{"__proto__":{"x":1}}']);
    problems.push(`whole body ${body.slice(0, 40)}`);
  } else if (choice === 1 && fields.length > 0) {
    const drop = gen.pick(fields);
    const copy = { ...(base as Json) };
    delete copy[drop];
    body = JSON.stringify(copy);
    problems.push(`without ${drop}`);
  } else if (choice === 2) {
    body = JSON.stringify({ ...(base as Json), fuzzUnknown: 'x' });
    problems.push('unknown field');
  } else {
    // One or more fields replaced by a bad value, spliced in as JSON text.
    const parts = fields.map((f) => `${JSON.stringify(f)}:${JSON.stringify((base as Json)[f])}`);
    const count = Math.max(1, gen.int(Math.min(3, fields.length) + 1));
    for (let i = 0; i < count && fields.length > 0; i++) {
      const index = gen.int(fields.length);
      const value = gen.pick(BAD_JSON_VALUES);
      parts[index] = `${JSON.stringify(fields[index])}:${value}`;
      problems.push(`${fields[index]}=${value.slice(0, 30)}`);
    }
    if (fields.length === 0) parts.push(`"fuzz":${gen.pick(BAD_JSON_VALUES)}`);
    body = `{${parts.join(',')}}`;
  }
  return { method: op.method, url, contentType: 'application/json', body, what: problems.join('; ') };
}

const ERROR_CODE = /^[A-Z][A-Z0-9_]+$/;

describe('OpenAPI-driven fuzzing: no input makes a 5xx or an undocumented answer', () => {
  const h = useHarness({ services: SERVICES });
  const agents = useAgents(h);
  let world: ActivationWorld;
  let operator: TestUser;
  let proxyCredential = '';

  beforeAll(async () => {
    world = await createWorld(h, { quantity: 20 });
    operator = await createOperator(h.db);
    const agent = agents.create();
    await agent.activate({ key: world.subscription.key, ...site(1) });
    proxyCredential = String(agent.state.credential);
  }, 120_000);

  /** A token of a fresh session: an earlier case may have signed the caller out. */
  async function bearer(op: Operation): Promise<string> {
    const who = op.path.startsWith('/operator') || op.service === 'notification' ? operator : world.admin;
    const sessionId = await createSession(h.db, who.id);
    return mintAccessToken({ id: who.id, email: who.email, role: who.role, sessionId });
  }

  async function send(op: Operation, built: Built): Promise<Response> {
    const base = request(h.service(op.service).url);
    let test = base[built.method](built.url).timeout({ response: 15_000, deadline: 20_000 });
    if (op.security.includes('bearer')) test = test.set('authorization', `Bearer ${await bearer(op)}`);
    else if (op.security.includes('proxy')) test = test.set('authorization', `Proxy ${proxyCredential}`);
    if (built.contentType) test = test.set('content-type', built.contentType);
    return built.body !== undefined ? test.send(built.body) : test;
  }

  it.each(operations.map((op) => [`${op.service} ${op.method.toUpperCase()} ${op.path}`, op] as const))('%s', async (_name, op) => {
    const gen = new Gen(prng(hash(`${SEED}:${op.service}:${op.operationId}`)));
    const failures: string[] = [];
    for (let kind = 0; kind < CASES; kind++) {
      const built = build(op, gen, world, kind);
      const shown = `FUZZ_SEED=${SEED} case ${kind}: ${built.method.toUpperCase()} ${built.url.slice(0, 300)} [${built.what}]` +
        (typeof built.body === 'string' ? ` body=${built.body.slice(0, 300)}` : '');
      let res: Response;
      try {
        res = await send(op, built);
      } catch (err) {
        failures.push(`${shown}\n  → no HTTP answer: ${(err as Error).message}`);
        continue;
      }
      // A documented 503 (a feature not configured, a dependency down) is an answer; any other 5xx is a bug.
      if (res.status >= 500 && res.status !== 503) {
        failures.push(`${shown}\n  → ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
        continue;
      }
      if (res.status >= 400) {
        const body = res.body as { statusCode?: unknown; code?: unknown; message?: unknown };
        if (body.statusCode !== res.status || typeof body.code !== 'string' || !ERROR_CODE.test(body.code) || typeof body.message !== 'string') {
          failures.push(`${shown}\n  → ${res.status} outside the error shape: ${res.text.slice(0, 300)}`);
          continue;
        }
      }
      try {
        checkResponse(op.service, built.method, built.url, res);
      } catch (err) {
        failures.push(`${shown}\n  → ${(err as Error).message.slice(0, 500)}`);
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
