import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError } from '#common';
import type { UserEntity } from '#database';
import type { UserResponseDto } from '../auth/auth.dto.js';
import { PasswordHasher } from '../auth/password-hasher.js';
import { toUserResponse } from '../auth/user-response.js';
import { UsersRepository } from '../auth/users.repository.js';
import type { ClientInfo } from '../common/client-info.js';
import { IdentityErrorCode } from '../common/identity-errors.js';
import { RateLimiter } from '../rate-limit/rate-limiter.js';
import { SessionService } from '../sessions/session.service.js';
import type { ChangePasswordRequestDto, UpdateProfileRequestDto } from './me.dto.js';

/** The signed-in person's own profile and password. */
@Injectable()
export class MeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly limiter: RateLimiter,
    private readonly users: UsersRepository,
  ) {}

  async profile(userId: string): Promise<UserResponseDto> {
    return toUserResponse(await this.user(userId));
  }

  async update(userId: string, input: UpdateProfileRequestDto): Promise<UserResponseDto> {
    const user = await this.user(userId);
    if (input.firstName !== undefined) user.firstName = input.firstName;
    if (input.lastName !== undefined) user.lastName = input.lastName;
    await this.users.update(user.id, { firstName: user.firstName, lastName: user.lastName });
    return toUserResponse(await this.user(userId));
  }

  /** Needs the current password (guessing it counts like failed sign-ins); signs out the other sessions. */
  async changePassword(userId: string, sessionId: string | undefined, input: ChangePasswordRequestDto, client: ClientInfo): Promise<number> {
    const user = await this.user(userId);
    const ticket = await this.limiter.consume('sign-in', client.ip, user.email);
    if (!(await this.hasher.verify(user.passwordHash, input.currentPassword))) {
      throw new DomainError(IdentityErrorCode.CURRENT_PASSWORD_INCORRECT, 'The current password is incorrect');
    }
    await ticket.release();
    const passwordHash = await this.hasher.hash(input.newPassword);
    const revoked = await this.dataSource.transaction(async (m) => {
      await this.users.update(userId, { passwordHash }, m);
      return this.sessions.revokeAllInTransaction(m, userId, 'password-changed', sessionId);
    });
    await this.sessions.markRevoked(revoked);
    return revoked.length;
  }

  private async user(userId: string): Promise<UserEntity> {
    const user = await this.users.byId(userId);
    if (!user) throw new DomainError(IdentityErrorCode.USER_NOT_FOUND, 'User not found');
    return user;
  }
}
