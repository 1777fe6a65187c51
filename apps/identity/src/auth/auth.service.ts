import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError } from 'typeorm';
import { AppException } from '#common';
import { UserEntity } from '#database';
import { appendEvent } from '#messaging';
import type { SessionResponseDto, SignInRequestDto, SignUpRequestDto, UserResponseDto } from './auth.dto.js';
import { PasswordHasher } from './password-hasher.js';
import { TokenService } from './token.service.js';

export const AuthErrorCode = {
  EMAIL_TAKEN: 'EMAIL_TAKEN',
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
} as const;

const UNIQUE_VIOLATION = '23505';

function isUniqueViolation(err: unknown): boolean {
  return err instanceof QueryFailedError && (err.driverError as { code?: string }).code === UNIQUE_VIOLATION;
}

export function toUserResponse(user: UserEntity): UserResponseDto {
  return {
    id: user.id,
    email: user.email,
    firstName: user.firstName,
    lastName: user.lastName,
    createdAt: user.createdAt.toISOString(),
  };
}

@Injectable()
export class AuthService {
  /** Verified against when the email is unknown, so both paths cost one argon2 verification. */
  private decoyHash?: Promise<string>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
  ) {}

  async signUp(input: SignUpRequestDto): Promise<SessionResponseDto> {
    const emailTaken = () => AppException.conflict(AuthErrorCode.EMAIL_TAKEN, 'An account with this email already exists');
    if (await this.dataSource.getRepository(UserEntity).existsBy({ email: input.email })) throw emailTaken();
    const passwordHash = await this.hasher.hash(input.password);
    let user: UserEntity;
    try {
      user = await this.dataSource.transaction(async (manager) => {
        const created = await manager.save(
          manager.create(UserEntity, {
            email: input.email,
            firstName: input.firstName,
            lastName: input.lastName,
            passwordHash,
            termsAcceptedAt: new Date(),
          }),
        );
        await appendEvent(manager, {
          type: 'user.registered',
          payload: { userId: created.id, email: created.email, firstName: created.firstName, lastName: created.lastName },
        });
        return created;
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw emailTaken();
      throw err;
    }
    return this.session(user);
  }

  async signIn(input: SignInRequestDto): Promise<SessionResponseDto> {
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ email: input.email });
    this.decoyHash ??= this.hasher.hash('decoy-password-0');
    const ok = await this.hasher.verify(user?.passwordHash ?? (await this.decoyHash), input.password);
    if (!user || !ok) {
      throw new AppException(HttpStatus.UNAUTHORIZED, AuthErrorCode.INVALID_CREDENTIALS, 'Email or password is incorrect');
    }
    return this.session(user);
  }

  private async session(user: UserEntity): Promise<SessionResponseDto> {
    const accessToken = await this.tokens.sign({ sub: user.id, email: user.email, role: 'user' });
    return { user: toUserResponse(user), accessToken, tokenType: 'Bearer', expiresIn: this.tokens.ttlSeconds };
  }
}
