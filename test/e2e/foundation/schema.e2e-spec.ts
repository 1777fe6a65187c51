import { describe, expect, it } from '@jest/globals';
import { schemaDiff } from '#database';
import { useHarness } from '../../support/suite.js';

describe('the schema', () => {
  const h = useHarness({ services: [] });

  it('built by the migrations is exactly what the entities describe', async () => {
    const diff = await schemaDiff(h.db);
    expect(diff.up).toEqual([]);
  });

  it('has no synchronize anywhere: migrations are the only source', () => {
    expect(h.db.options.synchronize).toBe(false);
  });
});
