import type { ServiceDefinition } from '#common';
import { loadLicensingConfig, type LicensingConfig } from './config.js';
import { LicensingModule } from './licensing.module.js';

export const licensingDefinition: ServiceDefinition<LicensingConfig> = {
  description: {
    name: 'licensing',
    title: 'Licensing service',
    description: 'Products, subscriptions, license keys, sublicenses, the dashboard, downloads and the operators\' back office.',
    security: ['bearer'],
  },
  loadConfig: loadLicensingConfig,
  module: (config) => LicensingModule.forRoot(config),
};
