import type { ServiceDefinition, ServiceName } from '#common';
import { activationDefinition } from './activation/src/activation.definition.js';
import type { ActivationConfig } from './activation/src/config.js';
import type { IdentityConfig } from './identity/src/config.js';
import { identityDefinition } from './identity/src/identity.definition.js';
import type { LicensingConfig } from './licensing/src/config.js';
import { licensingDefinition } from './licensing/src/licensing.definition.js';
import type { NotificationConfig } from './notification/src/config.js';
import { notificationDefinition } from './notification/src/notification.definition.js';

/** Each service's config, by name (a service missing here does not compile below). */
export interface ServiceConfigs {
  identity: IdentityConfig;
  licensing: LicensingConfig;
  activation: ActivationConfig;
  notification: NotificationConfig;
}

/**
 * Every HTTP service's definition, by name: the one list the test harness and the scripts go
 * through. Typed per name, so that a function generic in the name (`<N extends ServiceName>`)
 * loads a config and builds the module of the same service without a cast.
 */
export type ServiceDefinitions = { [N in ServiceName]: ServiceDefinition<ServiceConfigs[N]> };

export const SERVICE_DEFINITIONS: ServiceDefinitions = {
  identity: identityDefinition,
  licensing: licensingDefinition,
  activation: activationDefinition,
  notification: notificationDefinition,
};
