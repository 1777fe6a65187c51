import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

export type JsonObject = Record<string, unknown>;

export interface OperationRef {
  service: string;
  method: string;
  path: string;
  operationId: string;
  operation: JsonObject;
}

export function readDocument(service: string, root = process.cwd()): JsonObject {
  return JSON.parse(readFileSync(join(root, 'openapi', `${service}.json`), 'utf8')) as JsonObject;
}

export function operationsOf(service: string, document: JsonObject): OperationRef[] {
  const out: OperationRef[] = [];
  for (const [path, item] of Object.entries((document.paths ?? {}) as Record<string, JsonObject>)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method] as JsonObject | undefined;
      if (operation) out.push({ service, method, path, operationId: String(operation.operationId), operation });
    }
  }
  return out;
}
