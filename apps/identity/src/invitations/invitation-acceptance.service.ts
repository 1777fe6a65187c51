import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError, CommonErrorCode, isUniqueViolation, sha256Hex } from '#common';
import type { InvitationEntity, UserEntity } from '#database';
import { appendEvent } from '#messaging';
import { PASSWORD_POLICY, PASSWORD_POLICY_MESSAGE } from '../auth/auth.dto.js';
import { emailTaken, invalidCredentials } from '../auth/auth.service.js';
import { PasswordHasher } from '../auth/password-hasher.js';
import { UsersRepository } from '../auth/users.repository.js';
import type { ClientInfo } from '../common/client-info.js';
import { IdentityErrorCode } from '../common/identity-errors.js';
import { RateLimiter } from '../rate-limit/rate-limiter.js';
import { SessionService } from '../sessions/session.service.js';
import type { AcceptInvitationRequestDto, AcceptInvitationResponseDto, InvitationPreviewResponseDto } from './invitations.dto.js';
import { InvitationsRepository } from './invitations.repository.js';

type Usable = { kind: 'ok'; invitation: InvitationEntity } | { kind: 'invalid' | 'revoked' | 'expired' };

/** The invitee's side: look at an invitation, then join as an existing user or as a new person. */
@Injectable()
export class InvitationAcceptanceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly limiter: RateLimiter,
    private readonly users: UsersRepository,
    private readonly invitations: InvitationsRepository,
  ) {}

  async preview(token: string): Promise<InvitationPreviewResponseDto> {
    const invitation = this.usableOrThrow(await this.find(this.dataSource.manager, token, false));
    const inviter = invitation.invitedByUserId ? await this.users.byId(invitation.invitedByUserId) : null;
    return {
      companyName: await this.invitations.companyName(invitation),
      email: invitation.email,
      invitedByName: inviter ? `${inviter.firstName} ${inviter.lastName}` : null,
      expiresAt: invitation.expiresAt.toISOString(),
      existingUser: await this.users.emailTaken(invitation.email),
    };
  }

  async accept(input: AcceptInvitationRequestDto, client: ClientInfo): Promise<AcceptInvitationResponseDto> {
    const invitation = this.usableOrThrow(await this.find(this.dataSource.manager, input.token, false));
    const existing = await this.users.byEmail(invitation.email);
    let newUser: { firstName: string; lastName: string; passwordHash: string } | undefined;
    if (existing) {
      // Same protection as sign-in: the token holder must not be able to guess the password freely.
      const ticket = await this.limiter.consume('sign-in', client.ip, existing.email);
      if (!(await this.hasher.verify(existing.passwordHash, input.password))) throw invalidCredentials();
      await ticket.release();
    } else {
      this.checkNewPerson(input);
      newUser = { firstName: input.firstName as string, lastName: input.lastName as string, passwordHash: await this.hasher.hash(input.password) };
    }
    let outcome: { kind: 'ok'; response: AcceptInvitationResponseDto } | { kind: 'invalid' | 'revoked' | 'expired' };
    try {
      outcome = await this.dataSource.transaction(async (m) => {
        const usable = await this.find(m, input.token, true);
        if (usable.kind !== 'ok') return usable;
        const locked = usable.invitation;
        const user = existing ?? (await this.createUser(m, locked.email, newUser!));
        await this.invitations.accept(locked, user.id, m);
        const session = await this.sessions.start(m, user, input.keepSignedIn ?? false, client);
        return { kind: 'ok' as const, response: { ...session, accountId: locked.accountId } };
      });
    } catch (err) {
      // Someone signed up with this email between our look-up and the insert: join with the password instead.
      if (isUniqueViolation(err)) throw emailTaken();
      throw err;
    }
    if (outcome.kind !== 'ok') return refuse(outcome.kind);
    return outcome.response;
  }

  private async createUser(m: EntityManager, email: string, person: { firstName: string; lastName: string; passwordHash: string }): Promise<UserEntity> {
    const user = await this.users.insert({ email, ...person }, m);
    await appendEvent(m, {
      type: 'user.registered',
      payload: { userId: user.id, email: user.email, firstName: user.firstName, lastName: user.lastName },
    });
    return user;
  }

  private checkNewPerson(input: AcceptInvitationRequestDto): void {
    const problems: Array<{ field: string; problems: string[] }> = [];
    if (!input.firstName) problems.push({ field: 'firstName', problems: ['firstName is required to create your account'] });
    if (!input.lastName) problems.push({ field: 'lastName', problems: ['lastName is required to create your account'] });
    if (!PASSWORD_POLICY.test(input.password)) problems.push({ field: 'password', problems: [PASSWORD_POLICY_MESSAGE] });
    if (input.acceptTerms !== true) problems.push({ field: 'acceptTerms', problems: ['the terms of use must be accepted'] });
    if (problems.length) {
      const summary = problems.map((d) => `${d.field}: ${d.problems.join(', ')}`).join('; ');
      throw new DomainError(CommonErrorCode.VALIDATION_FAILED, `Invalid input: ${summary}`, problems);
    }
  }

  /** Looks the token up; an expired pending invitation is marked expired on the way. */
  private async find(m: EntityManager, token: string, lock: boolean): Promise<Usable> {
    const invitation = await this.invitations.byTokenHash(sha256Hex(token), m, lock);
    if (!invitation || invitation.status === 'accepted') return { kind: 'invalid' };
    if (invitation.status === 'revoked') return { kind: 'revoked' };
    if (invitation.status === 'expired') return { kind: 'expired' };
    if (invitation.expiresAt <= new Date()) {
      await this.invitations.markExpired(invitation.id, m);
      return { kind: 'expired' };
    }
    return { kind: 'ok', invitation };
  }

  private usableOrThrow(usable: Usable): InvitationEntity {
    return usable.kind === 'ok' ? usable.invitation : refuse(usable.kind);
  }
}

function refuse(kind: 'invalid' | 'revoked' | 'expired'): never {
  switch (kind) {
    case 'revoked':
      throw new DomainError(IdentityErrorCode.INVITATION_REVOKED, 'This invitation was withdrawn by the account administrator');
    case 'expired':
      throw new DomainError(IdentityErrorCode.INVITATION_EXPIRED, 'This invitation has expired; ask the account administrator for a new one');
    default:
      throw new DomainError(IdentityErrorCode.INVITATION_INVALID, 'This invitation link is not valid or was already used');
  }
}
