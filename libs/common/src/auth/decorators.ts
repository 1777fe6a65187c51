import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiParam, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ErrorResponseDto } from '../errors/error-body.dto.js';
import type { AccountContext, AuthenticatedRequest, AuthenticatedUser } from './auth.types.js';
import { AccountAccessGuard, OperatorGuard, REQUIRED_ACCOUNT_ROLE, UserAuthGuard } from './guards.js';

const unauthorized = ApiUnauthorizedResponse({ type: ErrorResponseDto, description: 'UNAUTHENTICATED, TOKEN_EXPIRED, SESSION_REVOKED' });

/** Any signed-in user (customer or operator). */
export function UserAuth() {
  return applyDecorators(UseGuards(UserAuthGuard), ApiBearerAuth('bearer'), unauthorized);
}

/** Operators only. */
export function OperatorAuth() {
  return applyDecorators(
    UseGuards(UserAuthGuard, OperatorGuard),
    ApiBearerAuth('bearer'),
    unauthorized,
    ApiForbiddenResponse({ type: ErrorResponseDto, description: 'OPERATOR_REQUIRED' }),
  );
}

/** A member (or, with 'admin', an administrator) of the account in the `:accountId` path parameter. */
export function AccountAccess(role: 'member' | 'admin' = 'member') {
  return applyDecorators(
    SetMetadata(REQUIRED_ACCOUNT_ROLE, role),
    UseGuards(UserAuthGuard, AccountAccessGuard),
    ApiBearerAuth('bearer'),
    ApiParam({ name: 'accountId', format: 'uuid', description: 'The business account acted on' }),
    unauthorized,
    ApiForbiddenResponse({
      type: ErrorResponseDto,
      description:
        role === 'admin'
          ? 'MEMBERSHIP_BLOCKED, SSO_REQUIRED (the account requires its single sign-on; `details.accountId`), ADMIN_REQUIRED'
          : 'MEMBERSHIP_BLOCKED, SSO_REQUIRED (the account requires its single sign-on; `details.accountId`)',
    }),
    ApiNotFoundResponse({ type: ErrorResponseDto, description: 'ACCOUNT_NOT_FOUND (also for an account you do not belong to)' }),
  );
}

export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthenticatedUser => {
  const user = context.switchToHttp().getRequest<AuthenticatedRequest>().user;
  if (!user) throw new Error('CurrentUser used on a route without UserAuth');
  return user;
});

export const CurrentAccount = createParamDecorator((_data: unknown, context: ExecutionContext): AccountContext => {
  const account = context.switchToHttp().getRequest<AuthenticatedRequest>().account;
  if (!account) throw new Error('CurrentAccount used on a route without AccountAccess');
  return account;
});
