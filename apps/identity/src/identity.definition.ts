import type { ServiceDefinition } from '#common';
import { loadIdentityConfig, type IdentityConfig } from './config.js';
import { IdentityModule } from './identity.module.js';

export const identityDefinition: ServiceDefinition<IdentityConfig> = {
  description: {
    name: 'identity',
    title: 'Identity service',
    description: 'Users, sessions, business accounts, members and invitations.',
    security: ['bearer'],
  },
  loadConfig: loadIdentityConfig,
  module: (config) => IdentityModule.forRoot(config),
};
