import { beforeAll, describe, expect, it } from '@jest/globals';
import { csvCell, csvRow, csvTextCellSql } from '../../../apps/activation/src/installations/csv.js';
import { INSTALLATION_COLUMNS } from '../../../apps/activation/src/installations/installations.dto.js';
import { createSublicense } from '../../support/factories.js';
import { eventually } from '../../support/harness.js';
import { useHarness } from '../../support/suite.js';
import { createWorld, setOfflineOperations, site, useAgents, type ActivationWorld } from './activation-fixtures.js';

/** Postgres formats the export's lines: these check its rules against `csvCell` and the list. */
describe('CSV export formatted by Postgres', () => {
  const h = useHarness({ services: ['activation'] });
  const agents = useAgents(h);
  let world: ActivationWorld;
  const get = (path: string) => h.activation.get(`/accounts/${world.accountId}${path}`).set('authorization', `Bearer ${world.admin.token}`);

  const TRICKY = [
    '', 'plain', '=1+1', '+1', '-1', '@x', '\t=1', '\r=1', "'quoted", 'a "b" c', 'a,b', 'line\nbreak', 'cr\rhere', 'tab\tinside',
    ' lead', 'trail ', '\u00a0nbsp', 'nbsp\u00a0', '\u2028x', 'x\u2029', '\u3000x', '\ufeffx', 'x\u180e', '\u200bzero-width', 'x\u0085',
    '\vx', 'x\f', 'naïve café ☕ 😀', '\\back\\slash', '"', ',', '-', ' ',
  ];

  beforeAll(async () => {
    world = await createWorld(h, { quantity: 20 });
  });

  it('csvTextCellSql writes every cell as csvCell does', async () => {
    for (let code = 0; code <= 0x3000; code++) {
      if (code === 0 || (code >= 0xd800 && code <= 0xdfff)) continue; // not valid in Postgres text
      const c = String.fromCharCode(code);
      TRICKY.push(`${c}x`, `x${c}`);
    }
    const rows: Array<{ cell: string }> = await h.db.query(`SELECT ${csvTextCellSql('v')} AS cell FROM unnest($1::text[]) WITH ORDINALITY AS t(v, n) ORDER BY n`, [TRICKY]);
    const wrong = TRICKY.filter((value, i) => rows[i]?.cell !== csvCell(value));
    expect(wrong).toEqual([]);
    expect((await h.db.query<Array<{ cell: string }>>(`SELECT ${csvTextCellSql('NULL::text')} AS cell`))[0]?.cell).toBe(csvCell(null));
  });

  it("writes the list's values of every column, in the list's order", async () => {
    await setOfflineOperations(h.db, world.accountId, true);
    for (const [n, name] of [
      [1, '=HYPERLINK("http://evil.example","x")'],
      [2, ' padded.corp.example '],
      [3, 'plain.corp.example'],
    ] as const) {
      const key = await createSublicense(h.db, world.subscription, { quota: 3 });
      const agent = agents.create();
      await agent.activate({ key: key.key, ...site(n), serverName: name, siteDescription: n === 3 ? undefined : 'Berlin, "HQ"\nsecond line' });
      if (n === 1) await agent.report({ managed: 5, peak: 6, reportId: 'r1' });
      await h.activation
        .patch(`/accounts/${world.accountId}/installations/${agent.state.installationId as string}/notes`)
        .set('authorization', `Bearer ${world.admin.token}`)
        .send({ notes: n === 2 ? '@SUM(1)\ttabbed ' : 'ok' })
        .expect(200);
    }
    for (const query of ['sort=serverName&order=asc', 'sort=lastReportedAt&order=desc', 'search=corp&sort=activatedAt&order=asc']) {
      const list = await get(`/installations?${query}&pageSize=100`).expect(200);
      const items = list.body.items as Array<Record<string, string | number | boolean | null>>;
      expect(list.body.columns).toEqual(INSTALLATION_COLUMNS);
      const expected = [
        `\uFEFF${csvRow(['Id', 'Status', 'Server Name', 'License Key', 'Site Code', 'Site Description', 'Offline Use', 'Activated Offline', 'App Version', 'Activation Date', 'Last Report Date', 'Max. Managed Computers', 'Registered Computers', 'Notes'])}`,
        ...items.map((item) => csvRow([item.id, item.status, ...INSTALLATION_COLUMNS.map((c) => item[c])])),
      ].join('');
      expect((await get(`/installations/export?${query}`).expect(200)).text).toBe(expected);
    }
  });

  it('answers a NUL character in the search with 400 naming it, not a dropped connection', async () => {
    const res = await get('/installations/export?search=a%00b').expect(400);
    expect(res.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED', details: [{ field: 'query.search' }] });
    await get('/installations/export?search=a').expect(200);
  });

  it('aborts the response when the export fails mid-stream, and the next export works', async () => {
    // Hold the table so that the COPY waits after the header went out, then end its backend.
    const locker = h.db.createQueryRunner();
    await locker.connect();
    await locker.startTransaction();
    let outcome: Promise<string> | undefined;
    try {
      await locker.query('LOCK TABLE installations IN ACCESS EXCLUSIVE MODE');
      outcome = get('/installations/export').then(
        (res) => `completed with ${res.status}`,
        (err: Error) => `failed: ${err.message}`,
      );
      // Once the COPY waits on the lock, its backend is killed.
      const terminated = await eventually(
        async () => {
          const found: Array<{ ok: boolean }> = await h.db.query(
            `SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'COPY (SELECT%' AND wait_event_type = 'Lock'`,
          );
          return found.some((r) => r.ok) ? true : undefined;
        },
        5_000,
        'the export COPY waiting on the lock',
      );
      expect(terminated).toBe(true);
    } finally {
      await locker.rollbackTransaction();
      await locker.release();
    }
    expect(await outcome).toMatch(/^failed: /);
    const again = await get('/installations/export?columns=siteCode').expect(200);
    expect(again.text.trim().split('\r\n')).toHaveLength(4);
  });
});
