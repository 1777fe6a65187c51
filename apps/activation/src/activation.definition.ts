import type { ServiceDefinition } from '#common';
import { loadActivationConfig, type ActivationConfig } from './config.js';
import { ActivationModule } from './activation.module.js';
import { installProxyHotPath } from './proxy/proxy-hot-path.js';

export const activationDefinition: ServiceDefinition<ActivationConfig> = {
  description: {
    name: 'activation',
    title: 'Activation service',
    description: 'The proxy protocol (activation, refresh, usage reports, deactivation, offline files) and the portal\'s proxy-server views.',
    security: ['bearer', 'proxy'],
  },
  loadConfig: loadActivationConfig,
  module: (config) => ActivationModule.forRoot(config),
  beforeRoutes: installProxyHotPath,
};
