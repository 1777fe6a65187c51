import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata, UseGuards } from '@nestjs/common';
import { ApiForbiddenResponse, ApiSecurity, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ErrorResponseDto } from '#common';
import type { InstallationContext } from './installation-context.js';
import { ALLOW_DEACTIVATED, ProxyAuthGuard, type ProxyRequest } from './proxy-auth.guard.js';

/** A proxy call authenticated by its credential. `allowDeactivated`: the route also answers a deactivated installation. */
export function ProxyAuth(options: { allowDeactivated?: boolean } = {}) {
  const decorators = [
    UseGuards(ProxyAuthGuard),
    ApiSecurity('proxy'),
    ApiUnauthorizedResponse({
      type: ErrorResponseDto,
      description: 'INVALID_CREDENTIAL; CREDENTIAL_REVOKED (the proxy deactivated itself: its credential is retired)',
    }),
  ];
  if (options.allowDeactivated) decorators.push(SetMetadata(ALLOW_DEACTIVATED, true));
  return applyDecorators(...decorators);
}

/** Documents the 403 of routes that a deactivated installation may not use. */
export const ApiDeactivatedForbidden = (extra = '') =>
  ApiForbiddenResponse({
    type: ErrorResponseDto,
    description: `INSTALLATION_DEACTIVATED (deactivated from the portal or its sublicense deleted)${extra ? `; ${extra}` : ''}`,
  });

export const CurrentInstallation = createParamDecorator((_data: unknown, context: ExecutionContext): InstallationContext => {
  const installation = context.switchToHttp().getRequest<ProxyRequest>().installation;
  if (!installation) throw new Error('CurrentInstallation used on a route without ProxyAuth');
  return installation;
});
