import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { Response } from 'supertest';

/**
 * The committed OpenAPI documents as the contract of every end-to-end test: each response's status,
 * content type and body must be what the service's document says. Every operation a test reaches is
 * recorded, so that `scripts/contract-coverage.ts` can list operations no test exercised.
 */

type Json = Record<string, unknown>;
interface Operation {
  method: string;
  template: string;
  operationId: string;
  matcher: RegExp;
  responses: Record<string, { content?: Record<string, { schema?: Json }> }>;
}
interface ServiceContract {
  operations: Operation[];
  ajv: Ajv;
  validators: Map<string, ValidateFunction>;
}

const ROOT = process.cwd();
const contracts = new Map<string, ServiceContract>();
const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;

function load(service: string): ServiceContract {
  let contract = contracts.get(service);
  if (contract) return contract;
  const doc = JSON.parse(readFileSync(join(ROOT, 'openapi', `${service}.json`), 'utf8')) as Json;
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
  (addFormats as unknown as (a: Ajv) => void)(ajv);
  ajv.addSchema(doc, service);
  const operations: Operation[] = [];
  for (const [template, item] of Object.entries(doc.paths as Record<string, Json>)) {
    for (const [method, op] of Object.entries(item)) {
      if (!['get', 'put', 'post', 'delete', 'patch'].includes(method)) continue;
      const operation = op as Json;
      const pattern = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+');
      operations.push({
        method,
        template,
        operationId: String(operation.operationId),
        matcher: new RegExp(`^${pattern}$`),
        responses: operation.responses as Operation['responses'],
      });
    }
  }
  // Literal segments beat parameters: /accounts/mine must not match /accounts/{id}.
  operations.sort((a, b) => (a.template.match(/\{/g)?.length ?? 0) - (b.template.match(/\{/g)?.length ?? 0));
  contract = { operations, ajv, validators: new Map() };
  contracts.set(service, contract);
  return contract;
}

function pointer(...parts: string[]): string {
  return parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
}

function record(service: string, operationId: string): void {
  const dir = join(ROOT, '.data', 'contract-hits');
  mkdirSync(dir, { recursive: true });
  appendFileSync(join(dir, `${process.env.TEST_RUN_ID ?? 'local'}-${process.pid}.jsonl`), `${JSON.stringify({ service, operationId })}\n`);
}

/** Throws when the response is not what the service's document promises. */
export function checkResponse(service: string, method: string, url: string, res: Response): void {
  const path = new URL(url, 'http://x').pathname;
  if (path.startsWith('/docs')) return; // Swagger UI and the document itself
  const contract = load(service);
  const operation = contract.operations.find((o) => o.method === method.toLowerCase() && o.matcher.test(path));
  const where = `${method.toUpperCase()} ${path} → ${res.status}`;
  if (!operation) {
    // Unknown routes answer the documented error shape, but belong to no operation.
    if (res.status === 404 || res.status === 405) return;
    throw new Error(`contract: ${service} has no operation for ${method.toUpperCase()} ${path}`);
  }
  record(service, operation.operationId);
  const status = String(res.status);
  const response = operation.responses[status] ?? operation.responses[`${status[0]}XX`] ?? operation.responses.default;
  if (!response) {
    throw new Error(`contract: ${service} ${operation.operationId} (${where}) does not document status ${status}: ${JSON.stringify(res.body).slice(0, 300)}`);
  }
  const documented = Object.keys(response.content ?? {});
  const contentType = String(res.headers['content-type'] ?? '').split(';')[0]?.trim() ?? '';
  if (documented.length === 0) {
    if (res.status !== 204 && res.text && res.text.length > 0 && contentType === 'application/json') {
      throw new Error(`contract: ${service} ${operation.operationId} (${where}) documents no body but one was sent`);
    }
    return;
  }
  if (!documented.includes(contentType)) {
    throw new Error(`contract: ${service} ${operation.operationId} (${where}) answered ${contentType || 'no content type'}, documented ${documented.join(', ')}`);
  }
  const schemaPath = pointer('paths', operation.template, operation.method, 'responses', res.status in operation.responses ? status : Object.keys(operation.responses).find((k) => operation.responses[k] === response)!, 'content', contentType, 'schema');
  const content = response.content?.[contentType];
  if (!content?.schema || contentType !== 'application/json') return;
  const key = `${service}#/${schemaPath}`;
  let validate = contract.validators.get(key);
  if (!validate) {
    validate = contract.ajv.compile({ $ref: key });
    contract.validators.set(key, validate);
  }
  if (!validate(res.body)) {
    const problems = (validate.errors ?? []).map((e) => `${e.instancePath || '(body)'} ${e.message}`).join('; ');
    throw new Error(`contract: ${service} ${operation.operationId} (${where}) body does not match the document: ${problems}\nbody: ${JSON.stringify(res.body).slice(0, 500)}`);
  }
}

/**
 * A fetch for clients that are not supertest (the reference proxy agent, typed clients): each
 * response is checked against the service's document like the harness's agents do.
 */
export function contractFetch(service: string): (request: Request) => Promise<globalThis.Response> {
  return async (request: Request) => {
    const response = await fetch(request);
    if ((process.env.CONTRACT_CHECK ?? 'on') === 'off') return response;
    const text = await response.clone().text();
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : {};
    } catch {
      body = {};
    }
    const headers = Object.fromEntries(response.headers.entries());
    checkResponse(service, request.method, request.url, { status: response.status, headers, body, text } as unknown as Response);
    return response;
  };
}
