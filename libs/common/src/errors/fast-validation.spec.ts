import 'reflect-metadata';
import { Transform } from 'class-transformer';
import { IsDateString, IsEmail, IsInt, IsOptional, IsString, Length, Max, MaxLength, Min } from 'class-validator';
import { Ajv } from 'ajv';
import { trim, trimLower } from '../http/transforms.js';
import { fastBody } from './fast-validation.js';
import { createValidationPipe } from './validation.js';

class ReportDto {
  @IsString()
  @Length(1, 8)
  reportId: string;

  @IsInt()
  @Min(0)
  @Max(100)
  count: number;

  @Transform(trim)
  @IsString()
  @Length(1, 6)
  version: string;

  @IsOptional()
  @IsString()
  @MaxLength(5)
  note?: string;

  @IsDateString({ strict: true })
  at: string;
}

class EmailDto {
  @IsEmail()
  email: string;
}

class LowerDto {
  @Transform(trimLower)
  @IsString()
  name: string;
}

// Fastify's ajv with the options createHttpApp gives it.
const ajv = new Ajv({ coerceTypes: false, removeAdditional: false, useDefaults: false, allErrors: false });
const pipe = createValidationPipe();

const pools: Record<string, unknown[]> = {
  reportId: ['w48', ' w48', 'w48 ', '', '12345678', '123456789', 'é', 'a\tb', 5, null],
  count: [0, 1, 100, 101, -1, 1.5, '5', null, true, Number.POSITIVE_INFINITY],
  version: ['6.0', ' 6.0 ', '', '      ', '123456', '1234567', ' 123456 ', 'ü', [], {}],
  note: [undefined, 'x', '12345', '123456', null, '', ' ', 3],
  at: ['2026-11-30T09:59:00.000Z', '2026-02-30T00:00:00Z', '2026-11-30', '2026-11-30T09:59:00+01:00', '2024-02-29T23:59:59Z', '2023-02-29T00:00:00Z', 'x', 0],
};

/** Deterministic combinations of the pools' values, with extra and missing properties. */
function* samples(): Generator<unknown> {
  const fields = Object.keys(pools);
  for (let i = 0; i < 4000; i++) {
    const body: Record<string, unknown> = {};
    fields.forEach((field, f) => {
      const pool = pools[field] as unknown[];
      const value = pool[Math.floor(i / (f + 1) + i * (f * 7 + 3)) % pool.length];
      if (value !== undefined) body[field] = value;
    });
    if (i % 13 === 0) body.extra = 1;
    if (i % 17 === 0) delete body[fields[i % fields.length] as string];
    yield body;
  }
  yield* [null, [], 'text', 5, undefined, {}];
}

async function byPipe(body: unknown): Promise<{ ok: true; value: unknown } | { ok: false; error: unknown }> {
  try {
    return { ok: true, value: { ...((await pipe.transform(body, { type: 'body', metatype: ReportDto })) as object) } };
  } catch (error) {
    return { ok: false, error };
  }
}

describe('fastBody', () => {
  const fast = fastBody(ReportDto);
  const check = ajv.compile(fast.schema);

  it('accepts on the fast path only bodies the ValidationPipe accepts unchanged, and answers the rest as the pipe does', async () => {
    let fastAccepted = 0;
    for (const body of samples()) {
      const schemaPassed = check(body);
      const expected = await byPipe(body);
      if (schemaPassed) {
        fastAccepted++;
        // Whatever the schema lets through, the pipe passes through as it is.
        expect(expected).toEqual({ ok: true, value: body });
      }
      const answered = await fast.parse(body, schemaPassed).then(
        (value) => ({ ok: true as const, value: { ...(value as object) } }),
        (error: unknown) => ({ ok: false as const, error }),
      );
      expect(answered).toEqual(expected);
    }
    expect(fastAccepted).toBeGreaterThan(20);
  });

  it('refuses at start the rules it has no exact form for', () => {
    expect(() => fastBody(EmailDto)).toThrow(/isEmail/);
    expect(() => fastBody(LowerDto)).toThrow(/Transform/);
  });
});
