/**
 * Error tables: each service declares its codes once, with the HTTP status each maps to, a one-line
 * description and the fields its `details` carry. The exception filter, the OpenAPI documents and the
 * code index of docs/api.md all read the same tables (through the one registry below), so a code
 * cannot answer one status in one place and another elsewhere, and cannot go undocumented.
 */

/** The statuses an error code may map to. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 405 | 408 | 409 | 413 | 414 | 415 | 422 | 429 | 431 | 500 | 502 | 503 | 504;

export interface ErrorEntry {
  status: ErrorStatus;
  /** One line for people: when this code is answered. */
  description: string;
  /**
   * What `details` carries: each field and what it means, or (a string) what the list in `details`
   * holds. A code without it answers no details; a throw site cannot pass undocumented fields.
   */
  details?: Readonly<Record<string, string>> | string;
}

declare const errorCodeBrand: unique symbol;

/**
 * A code that comes from a table: a plain string literal is not one, so a code with no table entry
 * does not compile. `D` is the shape of the details the code carries.
 */
export type ErrorCode<C extends string = string, D = unknown> = C & { readonly [errorCodeBrand]: D };

/** The details a table entry declares: a list, an object of its documented fields, or none. */
export type DetailsOf<E> = E extends { details: string }
  ? readonly unknown[]
  : E extends { details: infer F }
    ? { readonly [K in keyof F]?: unknown }
    : undefined;

/** The code enum `defineErrors` returns: each key is its own (branded) value. */
export type ErrorCodes<T extends Record<string, ErrorEntry>> = { readonly [K in keyof T & string]: ErrorCode<K, DetailsOf<T[K]>> };

export interface RegisteredError extends ErrorEntry {
  code: string;
  /** The table that defines it: `common` or a service's name. */
  area: string;
}

/** All tables of the process. A code is defined by one table only: a second definition fails at start. */
export class ErrorRegistry {
  private readonly byCode = new Map<string, RegisteredError>();

  register(area: string, table: Readonly<Record<string, ErrorEntry>>): void {
    const clashes = Object.keys(table).filter((code) => this.byCode.has(code));
    if (clashes.length > 0) {
      const where = clashes.map((code) => `${code} (already in ${this.byCode.get(code)?.area})`).join(', ');
      throw new Error(`Error table ${area} redefines ${where}: one code per meaning; a code two services answer belongs in libs/common's table`);
    }
    for (const [code, entry] of Object.entries(table)) this.byCode.set(code, { ...entry, code, area });
  }

  entry(code: string): RegisteredError | undefined {
    return this.byCode.get(code);
  }

  statusOf(code: ErrorCode): ErrorStatus {
    const entry = this.byCode.get(code);
    if (!entry) throw new Error(`Error code ${code} is in no registered table`);
    return entry.status;
  }

  /** The entries of the given tables (all when none given), in table order. */
  list(areas?: readonly string[]): RegisteredError[] {
    const all = [...this.byCode.values()];
    return areas ? all.filter((e) => areas.includes(e.area)) : all;
  }

  areas(): string[] {
    return [...new Set([...this.byCode.values()].map((e) => e.area))];
  }
}

/** The registry the exception filter and the documents read; every `defineErrors` feeds it. */
export const errorRegistry = new ErrorRegistry();

/**
 * Declares a table and returns its code enum (`Codes.LICENSE_EXPIRED === 'LICENSE_EXPIRED'`). Called
 * once per service, at module load: a code already defined elsewhere throws before the app starts.
 */
export function defineErrors<const T extends Record<string, ErrorEntry>>(area: string, table: T, registry: ErrorRegistry = errorRegistry): ErrorCodes<T> {
  registry.register(area, table);
  return Object.freeze(Object.fromEntries(Object.keys(table).map((code) => [code, code]))) as unknown as ErrorCodes<T>;
}
