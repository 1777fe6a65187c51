import { defineErrors } from '#common';

/** The gateway's own error codes: what it answers when a service behind it does not. */
export const GatewayErrorCode = defineErrors('gateway', {
  UPSTREAM_UNAVAILABLE: { status: 502, description: 'the service behind the gateway is unavailable', details: { service: 'the service' } },
  UPSTREAM_TIMEOUT: { status: 504, description: 'the service behind the gateway did not answer in time', details: { service: 'the service' } },
});
