import { Injectable, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';

/** Raw CSR uploads: DER (or PEM) bytes as the request body. */
export const RAW_CSR_CONTENT_TYPES = ['application/pkcs10', 'application/octet-stream'] as const;

/**
 * Lets Fastify accept the raw CSR content types as a Buffer body (the global body limit applies;
 * the CSR's own limit is checked after). Registered before the server starts listening.
 */
@Injectable()
export class MdmBodyParsers implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify || typeof fastify.addContentTypeParser !== 'function') return;
    for (const type of RAW_CSR_CONTENT_TYPES) {
      if (fastify.hasContentTypeParser(type)) continue;
      fastify.addContentTypeParser(type, { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
    }
  }
}
