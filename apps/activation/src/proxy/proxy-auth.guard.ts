import { timingSafeEqual } from 'node:crypto';
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { DomainError, sha256Hex } from '#common';
import { ActivationErrorCode } from '../activation.errors.js';
import { loadInstallationContext, type InstallationContext } from './installation-context.js';

export const ALLOW_DEACTIVATED = 'proxyAllowDeactivated';

export interface ProxyRequest extends FastifyRequest {
  installation?: InstallationContext;
}

const HEADER = /^Proxy\s+([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([A-Za-z0-9_-]{43})$/i;

/**
 * `Authorization: Proxy <installationId>.<secret>` → `request.installation` (one primary-key query
 * that also loads the key and subscription the handler needs). The secret's SHA-256 is compared in
 * constant time. A credential retired by the proxy's own deactivation answers 401
 * CREDENTIAL_REVOKED; an installation deactivated from the portal (or by a sublicense's
 * deletion) still authenticates on the routes that tell the proxy so (refresh, deactivate) and gets
 * 403 INSTALLATION_DEACTIVATED elsewhere.
 */
@Injectable()
export class ProxyAuthGuard implements CanActivate {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<ProxyRequest>();
    const allowDeactivated = this.reflector.getAllAndOverride<boolean | undefined>(ALLOW_DEACTIVATED, [context.getHandler(), context.getClass()]);
    request.installation = await this.authenticate(request.headers.authorization, allowDeactivated === true);
    return true;
  }

  /** The installation an `Authorization` header authenticates, or the 401/403 to answer (also the hot path's preHandler). */
  async authenticate(header: string | undefined, allowDeactivated: boolean): Promise<InstallationContext> {
    const invalid = () => new DomainError(ActivationErrorCode.INVALID_CREDENTIAL, 'A valid proxy credential is required');
    const match = typeof header === 'string' ? HEADER.exec(header.trim()) : null;
    if (!match) throw invalid();
    const installationId = (match[1] as string).toLowerCase();
    const presented = Buffer.from(sha256Hex(match[2] as string), 'hex');
    const installation = await loadInstallationContext(this.dataSource, installationId);
    if (!installation?.credentialHash) throw invalid();
    const stored = Buffer.from(installation.credentialHash, 'hex');
    if (stored.length !== presented.length || !timingSafeEqual(stored, presented)) throw invalid();
    if (installation.credentialRevokedAt) {
      throw new DomainError(ActivationErrorCode.CREDENTIAL_REVOKED, 'This installation was deactivated; activate it again');
    }
    if (installation.status === 'deactivated' && !allowDeactivated) {
      throw new DomainError(ActivationErrorCode.INSTALLATION_DEACTIVATED, 'This installation was deactivated; refresh to learn why');
    }
    return installation;
  }
}
