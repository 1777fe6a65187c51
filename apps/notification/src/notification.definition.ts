import type { ServiceDefinition } from '#common';
import { loadNotificationConfig, type NotificationConfig } from './config.js';
import { NotificationModule } from './notification.module.js';

export const notificationDefinition: ServiceDefinition<NotificationConfig> = {
  description: {
    name: 'notification',
    title: 'Notification service',
    description: 'Renders and sends every email of the product; keeps the delivery log.',
    security: ['bearer'],
  },
  loadConfig: loadNotificationConfig,
  module: (config) => NotificationModule.forRoot(config),
};
