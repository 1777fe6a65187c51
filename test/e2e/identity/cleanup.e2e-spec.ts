import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { eventually } from '../../support/harness.js';
import { useHarness } from '../../support/suite.js';
import { bearer, createAccountApi, signUp } from './identity-helpers.js';

describe('identity: the scheduled cleanup of expired sessions, tokens, invitations and offline nonces', () => {
  const h = useHarness({ services: ['identity'], env: { CLEANUP_INTERVAL_SECONDS: '1' } });

  const hex = () => randomBytes(32).toString('hex');
  const exists = async (table: string, column: string, value: string) =>
    ((await h.db.query(`SELECT 1 FROM ${table} WHERE ${column} = $1`, [value])) as unknown[]).length > 0;

  it('deletes what can no longer be used and keeps the rest', async () => {
    const user = await signUp(h);
    const old = await signUp(h);
    await h.db.query(`UPDATE sessions SET expires_at = now() - interval '8 days' WHERE id = $1`, [old.sessionId]);
    const revoked = await signUp(h);
    await h.db.query(`UPDATE sessions SET revoked_at = now() - interval '8 days', revoked_reason = 'sign-out' WHERE id = $1`, [revoked.sessionId]);
    const recentlyRevoked = await signUp(h);
    await h.db.query(`UPDATE sessions SET revoked_at = now() - interval '1 day', revoked_reason = 'sign-out' WHERE id = $1`, [recentlyRevoked.sessionId]);

    const token = (expires: string, used: string | null) =>
      h.db.query(`INSERT INTO password_reset_tokens (user_id, token_hash, expires_at, used_at) VALUES ($1, $2, now() + $3::interval, now() + $4::interval) RETURNING id`, [
        user.id,
        hex(),
        expires,
        used,
      ]) as Promise<Array<{ id: string }>>;
    const [[usedToken], [expiredToken], [liveToken]] = await Promise.all([token('1 hour', '-1 minute'), token('-1 minute', null), token('1 hour', null)]);

    const change = (expires: string, used: string | null) =>
      h.db.query(`INSERT INTO email_change_tokens (user_id, new_email, token_hash, expires_at, used_at) VALUES ($1, 'new@example.com', $2, now() + $3::interval, now() + $4::interval) RETURNING id`, [
        user.id,
        hex(),
        expires,
        used,
      ]) as Promise<Array<{ id: string }>>;
    const [[usedChange], [expiredChange], [liveChange]] = await Promise.all([change('1 hour', '-1 minute'), change('-1 minute', null), change('1 hour', null)]);

    const accountId = await createAccountApi(h, user.accessToken);
    const invite = async (email: string) =>
      (await h.identity.post(`/accounts/${accountId}/invitations`).set(bearer(user.accessToken)).send({ emails: [email] })).body.results[0].invitationId as string;
    const [stale, revokedLongAgo, pending] = await Promise.all([invite('stale@example.com'), invite('gone@example.com'), invite('pending@example.com')]);
    await h.db.query(`UPDATE invitations SET expires_at = now() - interval '31 days' WHERE id = $1`, [stale]);
    await h.db.query(`UPDATE invitations SET status = 'revoked', updated_at = now() - interval '31 days' WHERE id = $1`, [revokedLongAgo]);

    const nonce = async (age: string) => {
      const value = hex();
      await h.db.query(`INSERT INTO offline_request_nonces (nonce, kind, account_id, used_at) VALUES ($1, 'activation-request', $2, now() - $3::interval)`, [value, randomUUID(), age]);
      return value;
    };
    const [oldNonce, freshNonce] = await Promise.all([nonce('31 days'), nonce('1 day')]);

    await eventually(async () => ((await exists('sessions', 'id', old.sessionId)) ? undefined : true), 10_000, 'the expired session deleted');
    await eventually(async () => ((await exists('offline_request_nonces', 'nonce', oldNonce)) ? undefined : true), 10_000, 'the old nonce deleted');
    expect(await exists('sessions', 'id', revoked.sessionId)).toBe(false);
    expect(await exists('sessions', 'id', recentlyRevoked.sessionId)).toBe(true);
    expect(await exists('sessions', 'id', user.sessionId)).toBe(true);
    expect(await exists('password_reset_tokens', 'id', usedToken!.id)).toBe(false);
    expect(await exists('password_reset_tokens', 'id', expiredToken!.id)).toBe(false);
    expect(await exists('password_reset_tokens', 'id', liveToken!.id)).toBe(true);
    expect(await exists('email_change_tokens', 'id', usedChange!.id)).toBe(false);
    expect(await exists('email_change_tokens', 'id', expiredChange!.id)).toBe(false);
    expect(await exists('email_change_tokens', 'id', liveChange!.id)).toBe(true);
    expect(await exists('invitations', 'id', stale)).toBe(false);
    expect(await exists('invitations', 'id', revokedLongAgo)).toBe(false);
    expect(await exists('invitations', 'id', pending)).toBe(true);
    expect(await exists('offline_request_nonces', 'nonce', freshNonce)).toBe(true);
    // The person whose session is alive still works.
    expect((await h.identity.get('/me').set(bearer(user.accessToken))).status).toBe(200);
  });
});
