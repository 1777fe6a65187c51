import { beforeAll, describe, expect, it } from '@jest/globals';
import { createOperator, type TestUser } from '../../support/factories.js';
import { useHarness } from '../../support/suite.js';
import { createWorld, site, useAgents, type ActivationWorld } from './activation-fixtures.js';

describe('operators: the proxy servers of any account', () => {
  const h = useHarness({ services: ['activation'] });
  const agents = useAgents(h);
  let world: ActivationWorld;
  let other: ActivationWorld;
  let operator: TestUser;

  const list = (accountId: string, query: Record<string, string> = {}, token = operator.token) =>
    h.activation.get(`/operator/accounts/${accountId}/installations`).query(query).set('authorization', `Bearer ${token}`);

  beforeAll(async () => {
    operator = await createOperator(h.db);
    world = await createWorld(h, { quantity: 20, companyName: 'Initech' });
    other = await createWorld(h, { quantity: 5, companyName: 'Other Inc' });
    await agents.create().activate({ key: world.subscription.key, ...site(1) });
    await agents.create().activate({ key: other.subscription.key, ...site(2) });
  });

  it('lists the account\'s servers, paged and searchable, without being a member', async () => {
    const res = await list(world.accountId).expect(200);
    expect(res.body).toMatchObject({ total: 1, page: 1 });
    expect(res.body.items).toEqual([expect.objectContaining({ serverName: 'sccm-proxy-1.corp.example', status: 'active' })]);
    const none = await list(world.accountId, { search: 'no-such-server' }).expect(200);
    expect(none.body).toMatchObject({ total: 0, items: [] });
    const otherList = await list(other.accountId).expect(200);
    expect(otherList.body.items.map((i: { serverName: string }) => i.serverName)).toEqual(['sccm-proxy-2.corp.example']);
  });

  it('answers 404 for an account that does not exist, 400 for a bad filter, 403 for customers', async () => {
    const missing = await list('00000000-0000-4000-8000-000000000000').expect(404);
    expect(missing.body).toMatchObject({ statusCode: 404, code: 'ACCOUNT_NOT_FOUND' });
    expect((await list('not-a-uuid').expect(404)).body.code).toBe('ACCOUNT_NOT_FOUND');
    expect((await list(world.accountId, { filter: 'sometimes' }).expect(400)).body.code).toBe('VALIDATION_FAILED');
    const customer = await list(world.accountId, {}, world.admin.token).expect(403);
    expect(customer.body.code).toBe('OPERATOR_REQUIRED');
  });
});
