import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

/** Where a request comes from, for sessions and rate limits. */
export interface ClientInfo {
  ip: string;
  userAgent: string | null;
}

export const Client = createParamDecorator((_data: unknown, context: ExecutionContext): ClientInfo => {
  const request = context.switchToHttp().getRequest<FastifyRequest>();
  const agent = request.headers['user-agent'];
  return { ip: request.ip || 'unknown', userAgent: typeof agent === 'string' && agent ? agent.slice(0, 512) : null };
});
