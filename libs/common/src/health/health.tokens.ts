import type { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';

/** Extra readiness checks an app contributes (e.g. a certificate's expiry). */
export type ExtraHealthCheck = (indicators: HealthIndicatorService) => Promise<HealthIndicatorResult>;
export const HEALTH_EXTRA_CHECKS = Symbol('HEALTH_EXTRA_CHECKS');
