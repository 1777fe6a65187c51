import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { EmailChangeTokenEntity, OfflineRequestNonceEntity, PasswordResetTokenEntity } from '#database';
import { eventually } from '../../support/harness.js';
import { useHarness } from '../../support/suite.js';
import { bearer, createAccountApi, signUp } from './identity-helpers.js';

describe('identity: the scheduled cleanup of expired sessions, tokens, invitations and offline nonces', () => {
  const h = useHarness({ services: ['identity'], env: { CLEANUP_INTERVAL_SECONDS: '1' } });

  const hex = () => randomBytes(32).toString('hex');
  /** A moment `minutes` from now (negative: ago). */
  const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000);
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

    const token = (expiresAt: Date, usedAt: Date | null) =>
      h.db.getRepository(PasswordResetTokenEntity).save({ userId: user.id, tokenHash: hex(), expiresAt, usedAt });
    const [usedToken, expiredToken, liveToken] = await Promise.all([token(inMinutes(60), inMinutes(-1)), token(inMinutes(-1), null), token(inMinutes(60), null)]);

    const change = (expiresAt: Date, usedAt: Date | null) =>
      h.db.getRepository(EmailChangeTokenEntity).save({ userId: user.id, newEmail: 'new@example.com', tokenHash: hex(), expiresAt, usedAt });
    const [usedChange, expiredChange, liveChange] = await Promise.all([change(inMinutes(60), inMinutes(-1)), change(inMinutes(-1), null), change(inMinutes(60), null)]);

    const accountId = await createAccountApi(h, user.accessToken);
    const invite = async (email: string) =>
      (await h.identity.post(`/accounts/${accountId}/invitations`).set(bearer(user.accessToken)).send({ emails: [email] })).body.results[0].invitationId as string;
    const [stale, revokedLongAgo, pending] = await Promise.all([invite('stale@example.com'), invite('gone@example.com'), invite('pending@example.com')]);
    await h.db.query(`UPDATE invitations SET expires_at = now() - interval '31 days' WHERE id = $1`, [stale]);
    await h.db.query(`UPDATE invitations SET status = 'revoked', updated_at = now() - interval '31 days' WHERE id = $1`, [revokedLongAgo]);

    const nonce = async (ageDays: number) => {
      const value = hex();
      await h.db.getRepository(OfflineRequestNonceEntity).save({ nonce: value, kind: 'activation-request', accountId: randomUUID(), installationId: null, usedAt: inMinutes(-ageDays * 1440) });
      return value;
    };
    const [oldNonce, freshNonce] = await Promise.all([nonce(31), nonce(1)]);

    await eventually(async () => ((await exists('sessions', 'id', old.sessionId)) ? undefined : true), 10_000, 'the expired session deleted');
    await eventually(async () => ((await exists('offline_request_nonces', 'nonce', oldNonce)) ? undefined : true), 10_000, 'the old nonce deleted');
    expect(await exists('sessions', 'id', revoked.sessionId)).toBe(false);
    expect(await exists('sessions', 'id', recentlyRevoked.sessionId)).toBe(true);
    expect(await exists('sessions', 'id', user.sessionId)).toBe(true);
    expect(await exists('password_reset_tokens', 'id', usedToken.id)).toBe(false);
    expect(await exists('password_reset_tokens', 'id', expiredToken.id)).toBe(false);
    expect(await exists('password_reset_tokens', 'id', liveToken.id)).toBe(true);
    expect(await exists('email_change_tokens', 'id', usedChange.id)).toBe(false);
    expect(await exists('email_change_tokens', 'id', expiredChange.id)).toBe(false);
    expect(await exists('email_change_tokens', 'id', liveChange.id)).toBe(true);
    expect(await exists('invitations', 'id', stale)).toBe(false);
    expect(await exists('invitations', 'id', revokedLongAgo)).toBe(false);
    expect(await exists('invitations', 'id', pending)).toBe(true);
    expect(await exists('offline_request_nonces', 'nonce', freshNonce)).toBe(true);
    // The person whose session is alive still works.
    expect((await h.identity.get('/me').set(bearer(user.accessToken))).status).toBe(200);
  });
});
