import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError, isUniqueViolation } from '#common';
import { appendEvent } from '#messaging';
import type { ClientInfo } from '../common/client-info.js';
import { IdentityErrorCode } from '../common/identity-errors.js';
import { RateLimiter } from '../rate-limit/rate-limiter.js';
import { SessionService } from '../sessions/session.service.js';
import type { SessionResponseDto, SignInRequestDto, SignUpRequestDto } from './auth.dto.js';
import { PasswordHasher } from './password-hasher.js';
import { UsersRepository } from './users.repository.js';

export const invalidCredentials = () =>
  new DomainError(IdentityErrorCode.INVALID_CREDENTIALS, 'Email or password is incorrect');

export const emailTaken = () => new DomainError(IdentityErrorCode.EMAIL_TAKEN, 'An account with this email already exists');

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly limiter: RateLimiter,
    private readonly users: UsersRepository,
  ) {}

  async signUp(input: SignUpRequestDto, client: ClientInfo): Promise<SessionResponseDto> {
    if (await this.users.emailTaken(input.email)) throw emailTaken();
    const passwordHash = await this.hasher.hash(input.password);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const created = await this.users.insert({ email: input.email, firstName: input.firstName, lastName: input.lastName, passwordHash }, manager);
        await appendEvent(manager, {
          type: 'user.registered',
          payload: { userId: created.id, email: created.email, firstName: created.firstName, lastName: created.lastName },
        });
        return this.sessions.start(manager, created, input.keepSignedIn ?? false, client);
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw emailTaken();
      throw err;
    }
  }

  /** Failed attempts count against the client IP and the email; a success gives its attempt back. */
  async signIn(input: SignInRequestDto, client: ClientInfo): Promise<SessionResponseDto> {
    const ticket = await this.limiter.consume('sign-in', client.ip, input.email);
    const user = await this.users.byEmail(input.email);
    if (!(await this.hasher.verifyUser(user, input.password)) || !user) throw invalidCredentials();
    await ticket.release();
    return this.sessions.start(this.dataSource.manager, user, input.keepSignedIn ?? false, client);
  }

  refresh(refreshToken: string, client: ClientInfo): Promise<SessionResponseDto> {
    return this.sessions.refresh(refreshToken, client);
  }

  async signOut(userId: string, sessionId: string | undefined): Promise<void> {
    if (sessionId) await this.sessions.revokeOne(userId, sessionId, 'sign-out').catch((err: unknown) => {
      // Signing out of a session that is gone already is done.
      if (!(err instanceof DomainError && err.code === IdentityErrorCode.SESSION_NOT_FOUND)) throw err;
    });
  }
}
