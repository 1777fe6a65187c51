/**
 * The canonical JSON encoding that signatures cover: object keys sorted by UTF-16 code units,
 * no whitespace, strings escaped as JSON.stringify escapes them, integers and finite numbers only.
 * Signer and verifier both encode the parsed value again, so a file re-indented or with its keys
 * reordered still verifies, while any change of a value does not.
 */
export function canonicalJson(value: unknown): string {
  return encode(value, '$');
}

function encode(value: unknown, path: string): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`${path}: ${value} has no JSON encoding`);
      // -0 and 0 are one number in JSON.
      return Object.is(value, -0) ? '0' : JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map((item, i) => encode(item, `${path}[${i}]`)).join(',')}]`;
      // A plain object from any realm (JSON parsed by fetch lives in Node's main realm, which a
      // test runner's VM context does not share): its prototype is a root object or none.
      const prototype = Object.getPrototypeOf(value) as object | null;
      if (prototype !== null && Object.getPrototypeOf(prototype) !== null) {
        throw new TypeError(`${path}: only plain objects can be encoded (got ${(value as object).constructor?.name ?? 'unknown'})`);
      }
      const entries = Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${encode(v, `${path}.${k}`)}`).join(',')}}`;
    }
    default:
      throw new TypeError(`${path}: a ${typeof value} has no JSON encoding`);
  }
}
