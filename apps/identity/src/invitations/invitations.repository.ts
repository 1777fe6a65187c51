import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { AccountScope, PageRequest } from '#common';
import { BusinessAccountEntity, InvitationEntity, MembershipEntity, UserEntity, type InvitationStatus } from '#database';

export interface InvitationRow {
  id: string;
  email: string;
  status: InvitationStatus;
  invited_by_name: string | null;
  created_at: Date;
  sent_at: Date;
  expires_at: Date;
  accepted_at: Date | null;
}

export interface PendingInvitationRow {
  id: string;
  account_id: string;
  company_name: string;
  first_name: string | null;
  last_name: string | null;
  sent_at: Date;
  expires_at: Date;
}

export type NewInvitation = Pick<InvitationEntity, 'email' | 'tokenHash' | 'invitedByUserId' | 'sentAt' | 'expiresAt'>;

/** A pending invitation past its expiry is expired, whether or not the row says so yet. */
const EFFECTIVE_STATUS = `CASE WHEN i.status = 'pending' AND i.expires_at <= now() THEN 'expired' ELSE i.status END`;

const SELECT_INVITATION = `
  SELECT i.id, i.email, ${EFFECTIVE_STATUS} AS status, nullif(trim(coalesce(u.first_name, '') || ' ' || coalesce(u.last_name, '')), '') AS invited_by_name,
         i.created_at, i.sent_at, i.expires_at, i.accepted_at
    FROM invitations i LEFT JOIN users u ON u.id = i.invited_by_user_id`;

/** Invitations of one business account (every method takes its scope), and those addressed to a user. */
@Injectable()
export class InvitationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Newest first. */
  async page(scope: AccountScope, status: InvitationStatus | undefined, page: PageRequest): Promise<{ rows: InvitationRow[]; total: number }> {
    const params: unknown[] = [scope];
    let where = 'i.account_id = $1';
    if (status) {
      params.push(status);
      where += ` AND ${EFFECTIVE_STATUS} = $2`;
    }
    const [counted]: Array<{ total: number }> = await this.dataSource.query(`SELECT count(*)::int AS total FROM invitations i WHERE ${where}`, params);
    const rows: InvitationRow[] = await this.dataSource.query(
      `${SELECT_INVITATION} WHERE ${where} ORDER BY i.created_at DESC, i.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, page.pageSize, page.offset],
    );
    return { rows, total: counted?.total ?? 0 };
  }

  async view(scope: AccountScope, invitationId: string, db: EntityManager = this.dataSource.manager): Promise<InvitationRow | undefined> {
    const [row]: InvitationRow[] = await db.query(`${SELECT_INVITATION} WHERE i.account_id = $1 AND i.id = $2`, [scope, invitationId]);
    return row;
  }

  find(scope: AccountScope, invitationId: string, db: EntityManager = this.dataSource.manager): Promise<InvitationEntity | null> {
    return db.findOneBy(InvitationEntity, { id: invitationId, accountId: scope });
  }

  /** Rows still pending past their expiry become expired (before new invitations are checked against them). */
  async expireOverdue(scope: AccountScope, db: EntityManager): Promise<void> {
    await db.query(`UPDATE invitations SET status = 'expired' WHERE account_id = $1 AND status = 'pending' AND expires_at <= now()`, [scope]);
  }

  /** Which of `emails` already belong to members of the account. */
  async memberEmails(scope: AccountScope, emails: string[], db: EntityManager): Promise<Set<string>> {
    const rows: Array<{ email: string }> = await db.query(
      `SELECT u.email FROM memberships ms JOIN users u ON u.id = ms.user_id WHERE ms.account_id = $1 AND u.email = ANY($2::varchar[])`,
      [scope, emails],
    );
    return new Set(rows.map((r) => r.email));
  }

  /** Which of `emails` have a pending invitation to the account. */
  async pendingEmails(scope: AccountScope, emails: string[], db: EntityManager): Promise<Set<string>> {
    const rows: Array<{ email: string }> = await db.query(
      `SELECT email FROM invitations WHERE account_id = $1 AND status = 'pending' AND email = ANY($2::varchar[])`,
      [scope, emails],
    );
    return new Set(rows.map((r) => r.email));
  }

  hasPending(scope: AccountScope, email: string, db: EntityManager): Promise<boolean> {
    return db.existsBy(InvitationEntity, { accountId: scope, email, status: 'pending' });
  }

  async insert(scope: AccountScope, invitation: NewInvitation, db: EntityManager): Promise<string> {
    const saved = await db.save(
      db.create(InvitationEntity, { ...invitation, accountId: scope, status: 'pending', acceptedAt: null, acceptedByUserId: null }),
    );
    return saved.id;
  }

  /** A new link and expiry; the invitation is pending again. */
  async renew(scope: AccountScope, invitationId: string, link: Pick<InvitationEntity, 'tokenHash' | 'sentAt' | 'expiresAt'>, db: EntityManager): Promise<void> {
    await db.update(InvitationEntity, { id: invitationId, accountId: scope }, { ...link, status: 'pending' });
  }

  /** Revokes the invitation if it still has the status it was read with. */
  async revoke(scope: AccountScope, invitationId: string, from: InvitationStatus): Promise<void> {
    await this.dataSource.getRepository(InvitationEntity).update({ id: invitationId, accountId: scope, status: from }, { status: 'revoked' });
  }

  userNames(userId: string, db: EntityManager): Promise<Pick<UserEntity, 'firstName' | 'lastName'> | null> {
    return db.findOne(UserEntity, { where: { id: userId }, select: { firstName: true, lastName: true } });
  }

  // ---- The invitee's side: an invitation reached by its token (the link is the proof) ----

  /** The invitation with this token hash, locked FOR UPDATE with `lock`. */
  byTokenHash(tokenHash: string, db: EntityManager, lock: boolean): Promise<InvitationEntity | null> {
    let query = db.getRepository(InvitationEntity).createQueryBuilder('i').where('i.tokenHash = :hash', { hash: tokenHash });
    if (lock) query = query.setLock('pessimistic_write');
    return query.getOne();
  }

  /** A pending invitation past its expiry becomes expired. */
  async markExpired(invitationId: string, db: EntityManager): Promise<void> {
    await db.update(InvitationEntity, { id: invitationId, status: 'pending' }, { status: 'expired' });
  }

  /** The invitee joins the invitation's account as a member (if not one already) and the invitation is spent. */
  async accept(invitation: Pick<InvitationEntity, 'id' | 'accountId'>, userId: string, db: EntityManager): Promise<void> {
    await db
      .createQueryBuilder()
      .insert()
      .into(MembershipEntity)
      .values({ accountId: invitation.accountId, userId, role: 'member', status: 'active' })
      .orIgnore()
      .execute();
    await db.update(InvitationEntity, { id: invitation.id }, { status: 'accepted', acceptedAt: new Date(), acceptedByUserId: userId });
  }

  /** The company an invitation is to, for its preview. */
  async companyName(invitation: Pick<InvitationEntity, 'accountId'>): Promise<string> {
    return (await this.dataSource.getRepository(BusinessAccountEntity).findOneByOrFail({ id: invitation.accountId })).companyName;
  }

  /** Invitations still pending to the user's address, of accounts they do not belong to yet; newest first. */
  pendingForUser(userId: string): Promise<PendingInvitationRow[]> {
    return this.dataSource.query(
      `SELECT i.id, i.account_id, a.company_name, inviter.first_name, inviter.last_name, i.sent_at, i.expires_at
         FROM invitations i
         JOIN users u ON u.id = $1 AND i.email = lower(u.email)
         JOIN business_accounts a ON a.id = i.account_id
         LEFT JOIN users inviter ON inviter.id = i.invited_by_user_id
        WHERE i.status = 'pending' AND i.expires_at > now()
          AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.account_id = i.account_id AND m.user_id = $1)
        ORDER BY i.sent_at DESC, i.id`,
      [userId],
    );
  }
}
