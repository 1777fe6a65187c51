import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isEmail } from 'class-validator';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError, pageOf, pageResult } from '#common';
import { InvitationEntity, UserEntity, type InvitationStatus } from '#database';
import { appendEvent } from '#messaging';
import { IdentityErrorCode } from '../common/identity-errors.js';
import { newOpaqueToken, sha256Hex } from '../common/secrets.js';
import { IDENTITY_CONFIG, type IdentityConfig } from '../config.js';
import type { InvitationListQueryDto, InvitationListResponseDto, InvitationOutcomeDto, InvitationResponseDto } from './invitations.dto.js';

interface InvitationRow {
  id: string;
  email: string;
  status: InvitationStatus;
  invited_by_name: string | null;
  created_at: Date;
  sent_at: Date;
  expires_at: Date;
  accepted_at: Date | null;
}

/** A pending invitation past its expiry is expired, whether or not the row says so yet. */
const EFFECTIVE_STATUS = `CASE WHEN i.status = 'pending' AND i.expires_at <= now() THEN 'expired' ELSE i.status END`;

const SELECT_INVITATION = `
  SELECT i.id, i.email, ${EFFECTIVE_STATUS} AS status, nullif(trim(coalesce(u.first_name, '') || ' ' || coalesce(u.last_name, '')), '') AS invited_by_name,
         i.created_at, i.sent_at, i.expires_at, i.accepted_at
    FROM invitations i LEFT JOIN users u ON u.id = i.invited_by_user_id`;

function toInvitation(r: InvitationRow): InvitationResponseDto {
  return {
    id: r.id,
    email: r.email,
    status: r.status,
    invitedByName: r.invited_by_name,
    createdAt: r.created_at.toISOString(),
    sentAt: r.sent_at.toISOString(),
    expiresAt: r.expires_at.toISOString(),
    acceptedAt: r.accepted_at ? r.accepted_at.toISOString() : null,
  };
}

const notFound = () => new DomainError(IdentityErrorCode.INVITATION_NOT_FOUND, 'Invitation not found');

/** Admins invite people by email, list, resend and revoke invitations. */
@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig,
  ) {}

  /** One result per address given; current members and pending invitations are reported, not failed. */
  async invite(accountId: string, inviterId: string, emails: string[]): Promise<InvitationOutcomeDto[]> {
    return this.dataSource.transaction(async (m) => {
      // Serialises invitations and membership changes of the account.
      await m.query(`SELECT id FROM business_accounts WHERE id = $1 FOR UPDATE`, [accountId]);
      await m.query(`UPDATE invitations SET status = 'expired' WHERE account_id = $1 AND status = 'pending' AND expires_at <= now()`, [accountId]);
      const normalised = emails.map((e) => e.trim().toLowerCase());
      const valid = normalised.filter((e) => e.length <= 320 && isEmail(e));
      const members = new Set(
        (
          (await m.query(
            `SELECT u.email FROM memberships ms JOIN users u ON u.id = ms.user_id WHERE ms.account_id = $1 AND u.email = ANY($2::varchar[])`,
            [accountId, valid],
          )) as Array<{ email: string }>
        ).map((r) => r.email),
      );
      const pending = new Set(
        (
          (await m.query(`SELECT email FROM invitations WHERE account_id = $1 AND status = 'pending' AND email = ANY($2::varchar[])`, [
            accountId,
            valid,
          ])) as Array<{ email: string }>
        ).map((r) => r.email),
      );
      const inviterName = await this.inviterName(m, inviterId);
      const results: InvitationOutcomeDto[] = [];
      for (const email of normalised) {
        if (email.length > 320 || !isEmail(email)) results.push({ email, result: 'invalid', invitationId: null });
        else if (members.has(email)) results.push({ email, result: 'already_member', invitationId: null });
        else if (pending.has(email)) results.push({ email, result: 'already_invited', invitationId: null });
        else {
          const invitationId = await this.create(m, accountId, email, inviterId, inviterName);
          pending.add(email);
          results.push({ email, result: 'invited', invitationId });
        }
      }
      return results;
    });
  }

  async list(accountId: string, query: InvitationListQueryDto): Promise<InvitationListResponseDto> {
    const page = pageOf(query);
    const params: unknown[] = [accountId];
    let where = 'i.account_id = $1';
    if (query.status) {
      params.push(query.status);
      where += ` AND ${EFFECTIVE_STATUS} = $2`;
    }
    const [{ total }] = (await this.dataSource.query(`SELECT count(*)::int AS total FROM invitations i WHERE ${where}`, params)) as Array<{
      total: number;
    }>;
    const rows: InvitationRow[] = await this.dataSource.query(
      `${SELECT_INVITATION} WHERE ${where} ORDER BY i.created_at DESC, i.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, page.pageSize, page.offset],
    );
    return pageResult(page, rows.map(toInvitation), total);
  }

  /** A new link (the old one stops working) with a new expiry, emailed again. Pending or expired invitations only. */
  async resend(accountId: string, invitationId: string, byUserId: string): Promise<InvitationResponseDto> {
    return this.dataSource.transaction(async (m) => {
      await m.query(`SELECT id FROM business_accounts WHERE id = $1 FOR UPDATE`, [accountId]);
      const invitation = await m.findOneBy(InvitationEntity, { id: invitationId, accountId });
      if (!invitation) throw notFound();
      if (invitation.status !== 'pending' && invitation.status !== 'expired') {
        throw new DomainError(IdentityErrorCode.INVITATION_NOT_PENDING, `This invitation was ${invitation.status}; only pending or expired invitations can be resent`, {
          status: invitation.status,
        });
      }
      if (invitation.status === 'expired') {
        const newer = await m.existsBy(InvitationEntity, { accountId, email: invitation.email, status: 'pending' });
        if (newer) throw new DomainError(IdentityErrorCode.INVITATION_NOT_PENDING, 'A newer invitation to this address is pending; resend that one');
      }
      const token = newOpaqueToken();
      const now = new Date();
      const expiresAt = new Date(now.getTime() + this.config.invitationTtlSeconds * 1000);
      await m.update(InvitationEntity, { id: invitation.id }, { tokenHash: sha256Hex(token), status: 'pending', sentAt: now, expiresAt });
      await this.emit(m, { id: invitation.id, accountId, email: invitation.email, token, expiresAt }, await this.inviterName(m, byUserId));
      return this.one(m, accountId, invitation.id);
    });
  }

  /** The link stops working. Revoking a revoked invitation is a no-op; an accepted one cannot be. */
  async revoke(accountId: string, invitationId: string): Promise<void> {
    const invitation = await this.dataSource.getRepository(InvitationEntity).findOneBy({ id: invitationId, accountId });
    if (!invitation) throw notFound();
    if (invitation.status === 'revoked') return;
    if (invitation.status === 'accepted') {
      throw new DomainError(IdentityErrorCode.INVITATION_NOT_PENDING, 'This invitation was already accepted; remove the member instead');
    }
    await this.dataSource.getRepository(InvitationEntity).update({ id: invitation.id, status: invitation.status }, { status: 'revoked' });
  }

  private async one(m: EntityManager, accountId: string, invitationId: string): Promise<InvitationResponseDto> {
    const rows: InvitationRow[] = await m.query(`${SELECT_INVITATION} WHERE i.account_id = $1 AND i.id = $2`, [accountId, invitationId]);
    if (!rows[0]) throw notFound();
    return toInvitation(rows[0]);
  }

  private async create(m: EntityManager, accountId: string, email: string, inviterId: string, inviterName: string): Promise<string> {
    const token = newOpaqueToken();
    const now = new Date();
    const expiresAt = new Date(now.getTime() + this.config.invitationTtlSeconds * 1000);
    const saved = await m.save(
      m.create(InvitationEntity, {
        accountId,
        email,
        tokenHash: sha256Hex(token),
        status: 'pending',
        invitedByUserId: inviterId,
        sentAt: now,
        expiresAt,
        acceptedAt: null,
        acceptedByUserId: null,
      }),
    );
    await this.emit(m, { id: saved.id, accountId, email, token, expiresAt }, inviterName);
    return saved.id;
  }

  private async emit(
    m: EntityManager,
    invitation: { id: string; accountId: string; email: string; token: string; expiresAt: Date },
    invitedByName: string,
  ): Promise<void> {
    await appendEvent(m, {
      type: 'account.invitation-created',
      payload: {
        invitationId: invitation.id,
        accountId: invitation.accountId,
        email: invitation.email,
        token: invitation.token,
        expiresAt: invitation.expiresAt.toISOString(),
        invitedByName,
      },
    });
  }

  private async inviterName(m: EntityManager, userId: string): Promise<string> {
    const user = await m.findOneBy(UserEntity, { id: userId });
    return user ? `${user.firstName} ${user.lastName}` : 'An administrator';
  }
}
