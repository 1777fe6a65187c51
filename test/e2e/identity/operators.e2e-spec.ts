import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { decodeJwt } from 'jose';
import { addMember, createOperator, createUser } from '../../support/factories.js';
import { Harness, uniqueEmail } from '../../support/harness.js';
import { bearer, createAccountApi, signIn, signUp } from './identity-helpers.js';

const run = promisify(execFile);

describe('identity: operators (CLI and support look-ups)', () => {
  let h: Harness;
  let operatorToken: string;

  beforeAll(async () => {
    h = await Harness.start({ services: ['identity'] });
    operatorToken = (await createOperator(h.db)).token;
  });
  afterAll(async () => {
    await h?.close();
  });

  /** The real CLI (built by the e2e global setup) against the suite's database. */
  async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    const { NODE_OPTIONS: _ignored, ...env } = process.env;
    try {
      const { stdout, stderr } = await run(process.execPath, ['dist/scripts/operator-create.js', ...args], {
        env: { ...env, DATABASE_URL: h.env.DATABASE_URL, PASSWORD_HASH_MEMORY_KIB: '4096', PASSWORD_HASH_ITERATIONS: '1' },
      });
      return { code: 0, stdout, stderr };
    } catch (err) {
      const e = err as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  }

  it('creates an operator from the command line, who signs in with an operator token', async () => {
    const email = uniqueEmail('ops');
    const created = await cli(['--email', email, '--first-name', 'Olga', '--last-name', 'Operator', '--password', 'vendor-staff-1']);
    expect(created.code).toBe(0);
    expect(created.stdout).toContain(`operator created: ${email}`);
    expect(created.stdout).not.toContain('vendor-staff-1');

    const session = await signIn(h, email, 'vendor-staff-1');
    expect(session.status).toBe(200);
    expect(session.body.user.role).toBe('operator');
    expect(decodeJwt(session.body.accessToken).role).toBe('operator');
    expect((await h.identity.get('/operator/accounts').set(bearer(session.body.accessToken))).status).toBe(200);

    const again = await cli(['--email', email, '--first-name', 'Olga', '--last-name', 'Operator', '--password', 'vendor-staff-1']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('--promote');
    const weak = await cli(['--email', uniqueEmail('weak'), '--first-name', 'W', '--last-name', 'K', '--password', 'short']);
    expect(weak.code).toBe(1);
    expect(weak.stderr).toContain('at least one letter and one digit');
    const unknownFlag = await cli(['--email', uniqueEmail('x'), '--admin']);
    expect(unknownFlag.code).toBe(1);
    expect(unknownFlag.stderr).toContain('usage');
  });

  it('promotes an existing user with --promote', async () => {
    const person = await signUp(h);
    expect((await h.identity.get('/operator/users').set(bearer(person.accessToken))).status).toBe(403);
    const promoted = await cli(['--email', person.email, '--promote']);
    expect(promoted.code).toBe(0);
    expect(promoted.stdout).toContain('operator promoted');
    const session = await signIn(h, person.email);
    expect(session.body.user.role).toBe('operator');
    expect((await h.identity.get('/operator/users').set(bearer(session.body.accessToken))).status).toBe(200);
  });

  it('finds users by email or name, with paging, and shows their accounts', async () => {
    const tag = `lookup${Date.now()}`;
    const users = [];
    for (const name of ['Anna', 'Bert', 'Carl']) users.push(await createUser(h.db, { firstName: name, lastName: 'Searchable', email: `${name.toLowerCase()}.${tag}@example.com` }));
    const admin = await signUp(h);
    const accountId = await createAccountApi(h, admin.accessToken, { companyName: `Lookup ${tag}` });
    await addMember(h.db, accountId, users[0]!, 'member', 'blocked');

    const page = await h.identity.get('/operator/users').query({ search: tag, pageSize: 2 }).set(bearer(operatorToken));
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(page.body.items.map((u: { email: string }) => u.email)).toEqual([`anna.${tag}@example.com`, `bert.${tag}@example.com`]);
    expect(page.body.items[0]).toMatchObject({ firstName: 'Anna', role: 'user', accountCount: 1 });
    const next = await h.identity.get('/operator/users').query({ search: tag, page: 2, pageSize: 2 }).set(bearer(operatorToken));
    expect(next.body.items.map((u: { firstName: string }) => u.firstName)).toEqual(['Carl']);
    const byName = await h.identity.get('/operator/users').query({ search: 'bert searchable' }).set(bearer(operatorToken));
    expect(byName.body.items.map((u: { id: string }) => u.id)).toContain(users[1]!.id);

    const details = await h.identity.get(`/operator/users/${users[0]!.id}`).set(bearer(operatorToken));
    expect(details.status).toBe(200);
    expect(details.body.memberships).toEqual([
      { accountId, companyName: `Lookup ${tag}`, supportCode: expect.stringMatching(/^\d{5}-\d{5}$/), role: 'member', status: 'blocked', memberSince: expect.any(String) },
    ]);
    const missing = await h.identity.get('/operator/users/00000000-0000-4000-8000-000000000000').set(bearer(operatorToken));
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('USER_NOT_FOUND');
  });

  it('finds business accounts by company, support code (with or without dash) or member email', async () => {
    const admin = await signUp(h);
    const tag = `Acct${Date.now()}`;
    const accountId = await createAccountApi(h, admin.accessToken, { companyName: `${tag} Holdings` });
    const member = await createUser(h.db, { email: uniqueEmail(`member-${tag.toLowerCase()}`) });
    await addMember(h.db, accountId, member, 'member');
    const [{ support_code: code }] = await h.db.query(`SELECT support_code FROM business_accounts WHERE id = $1`, [accountId]);
    const search = (q: string) => h.identity.get('/operator/accounts').query({ search: q }).set(bearer(operatorToken));

    for (const q of [tag.toLowerCase(), code, code.replace('-', ''), member.email.toUpperCase()]) {
      const res = await search(q);
      expect({ q, status: res.status, ids: res.body.items.map((a: { id: string }) => a.id) }).toEqual({ q, status: 200, ids: [accountId] });
    }
    const [found] = (await search(code)).body.items;
    expect(found).toMatchObject({ companyName: `${tag} Holdings`, supportCode: code, country: 'US', memberCount: 2 });

    const details = await h.identity.get(`/operator/accounts/${accountId}`).set(bearer(operatorToken));
    expect(details.status).toBe(200);
    expect(details.body.members.map((m: { userId: string; role: string }) => [m.userId, m.role])).toEqual([
      [admin.id, 'admin'],
      [member.id, 'member'],
    ]);
    expect((await search('no-such-company-anywhere')).body).toMatchObject({ total: 0, items: [] });
  });

  it('is for operators only', async () => {
    const customer = await signUp(h);
    for (const path of ['/operator/users', '/operator/accounts']) {
      const res = await h.identity.get(path).set(bearer(customer.accessToken));
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('OPERATOR_REQUIRED');
      expect((await h.identity.get(path)).status).toBe(401);
    }
  });
});
