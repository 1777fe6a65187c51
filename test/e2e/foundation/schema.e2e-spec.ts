import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { schemaDiff } from '#database';
import { Harness } from '../../support/harness.js';

describe('the schema', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await Harness.start({ services: [] });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('built by the migrations is exactly what the entities describe', async () => {
    const diff = await schemaDiff(h.db);
    expect(diff.up).toEqual([]);
  });

  it('has no synchronize anywhere: migrations are the only source', () => {
    expect(h.db.options.synchronize).toBe(false);
  });
});
