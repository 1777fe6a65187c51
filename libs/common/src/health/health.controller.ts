import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import type { HealthCheckResult } from '@nestjs/terminus';
import { Redis } from 'ioredis';
import { ErrorResponseDto } from '../errors/error-body.dto.js';
import { REDIS } from '../redis/redis.module.js';
import { HEALTH_EXTRA_CHECKS, type ExtraHealthCheck } from './health.tokens.js';

const readyExample = {
  status: 'ok',
  info: { database: { status: 'up' }, redis: { status: 'up' } },
  error: {},
  details: { database: { status: 'up' }, redis: { status: 'up' } },
};

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(HEALTH_EXTRA_CHECKS) private readonly extra: ExtraHealthCheck[],
  ) {}

  @Get()
  @ApiOperation({ summary: 'Liveness: the process is up and serving HTTP' })
  @ApiOkResponse({
    description: 'Alive',
    schema: { type: 'object', required: ['status'], properties: { status: { type: 'string', enum: ['ok'] } }, example: { status: 'ok' } },
  })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @HealthCheck({ swaggerDocumentation: false })
  @ApiOperation({ summary: 'Readiness: Postgres and Redis are reachable' })
  @ApiOkResponse({
    description: 'Ready',
    schema: {
      type: 'object',
      required: ['status', 'info', 'error', 'details'],
      properties: {
        status: { type: 'string', enum: ['ok'] },
        info: { type: 'object', additionalProperties: { type: 'object', properties: { status: { type: 'string' } } } },
        error: { type: 'object' },
        details: { type: 'object', additionalProperties: { type: 'object', properties: { status: { type: 'string' } } } },
      },
      example: readyExample,
    },
  })
  @ApiServiceUnavailableResponse({
    type: ErrorResponseDto,
    description: 'SERVICE_UNAVAILABLE: a dependency is down; `details` holds each check (info, error, details)',
  })
  ready(): Promise<HealthCheckResult> {
    return this.health.check([
      () => this.db.pingCheck('database').withTimeout(2000),
      () =>
        this.indicators
          .check('redis')
          .attempt(async () => {
            const pong = await this.redis.ping();
            if (pong !== 'PONG') throw new Error(`unexpected reply ${pong}`);
          })
          .withTimeout(2000),
      ...this.extra.map((check) => () => check(this.indicators)),
    ]);
  }
}
