import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isEmail } from 'class-validator';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError, pageOf, pageResult, type AccountScope, sha256Hex, canonicalEmail } from '#common';
import { appendEvent } from '#messaging';
import { AccountsRepository } from '../accounts/accounts.repository.js';
import { IdentityErrorCode } from '../common/identity-errors.js';
import { newOpaqueToken } from '../common/secrets.js';
import { IDENTITY_CONFIG, type IdentityConfig } from '../config.js';
import type { InvitationListQueryDto, InvitationListResponseDto, InvitationOutcomeDto, InvitationResponseDto } from './invitations.dto.js';
import { InvitationsRepository, type InvitationRow } from './invitations.repository.js';

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
    private readonly repository: InvitationsRepository,
    private readonly accounts: AccountsRepository,
  ) {}

  /** One result per address given; current members and pending invitations are reported, not failed. */
  async invite(accountId: AccountScope, inviterId: string, emails: string[]): Promise<InvitationOutcomeDto[]> {
    return this.dataSource.transaction(async (m) => {
      // Serialises invitations and membership changes of the account.
      await this.accounts.lock(accountId, m);
      await this.repository.expireOverdue(accountId, m);
      const normalised = emails.map(canonicalEmail);
      const valid = normalised.filter((e) => e.length <= 320 && isEmail(e));
      const members = await this.repository.memberEmails(accountId, valid, m);
      const pending = await this.repository.pendingEmails(accountId, valid, m);
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

  async list(accountId: AccountScope, query: InvitationListQueryDto): Promise<InvitationListResponseDto> {
    const page = pageOf(query);
    const { rows, total } = await this.repository.page(accountId, query.status, page);
    return pageResult(page, rows.map(toInvitation), total);
  }

  /** A new link (the old one stops working) with a new expiry, emailed again. Pending or expired invitations only. */
  async resend(accountId: AccountScope, invitationId: string, byUserId: string): Promise<InvitationResponseDto> {
    return this.dataSource.transaction(async (m) => {
      await this.accounts.lock(accountId, m);
      const invitation = await this.repository.find(accountId, invitationId, m);
      if (!invitation) throw notFound();
      if (invitation.status !== 'pending' && invitation.status !== 'expired') {
        throw new DomainError(IdentityErrorCode.INVITATION_NOT_PENDING, `This invitation was ${invitation.status}; only pending or expired invitations can be resent`, {
          status: invitation.status,
        });
      }
      if (invitation.status === 'expired') {
        const newer = await this.repository.hasPending(accountId, invitation.email, m);
        if (newer) throw new DomainError(IdentityErrorCode.INVITATION_NOT_PENDING, 'A newer invitation to this address is pending; resend that one');
      }
      const token = newOpaqueToken();
      const now = new Date();
      const expiresAt = new Date(now.getTime() + this.config.invitationTtlSeconds * 1000);
      await this.repository.renew(accountId, invitation.id, { tokenHash: sha256Hex(token), sentAt: now, expiresAt }, m);
      await this.emit(m, { id: invitation.id, accountId, email: invitation.email, token, expiresAt }, await this.inviterName(m, byUserId));
      return this.one(m, accountId, invitation.id);
    });
  }

  /** The link stops working. Revoking a revoked invitation is a no-op; an accepted one cannot be. */
  async revoke(accountId: AccountScope, invitationId: string): Promise<void> {
    const invitation = await this.repository.find(accountId, invitationId);
    if (!invitation) throw notFound();
    if (invitation.status === 'revoked') return;
    if (invitation.status === 'accepted') {
      throw new DomainError(IdentityErrorCode.INVITATION_NOT_PENDING, 'This invitation was already accepted; remove the member instead');
    }
    await this.repository.revoke(accountId, invitation.id, invitation.status);
  }

  private async one(m: EntityManager, accountId: AccountScope, invitationId: string): Promise<InvitationResponseDto> {
    const row = await this.repository.view(accountId, invitationId, m);
    if (!row) throw notFound();
    return toInvitation(row);
  }

  private async create(m: EntityManager, accountId: AccountScope, email: string, inviterId: string, inviterName: string): Promise<string> {
    const token = newOpaqueToken();
    const now = new Date();
    const expiresAt = new Date(now.getTime() + this.config.invitationTtlSeconds * 1000);
    const id = await this.repository.insert(accountId, { email, tokenHash: sha256Hex(token), invitedByUserId: inviterId, sentAt: now, expiresAt }, m);
    await this.emit(m, { id, accountId, email, token, expiresAt }, inviterName);
    return id;
  }

  private async emit(
    m: EntityManager,
    invitation: { id: string; accountId: AccountScope; email: string; token: string; expiresAt: Date },
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
    const user = await this.repository.userNames(userId, m);
    return user ? `${user.firstName} ${user.lastName}` : 'An administrator';
  }
}
