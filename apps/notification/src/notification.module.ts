import { DynamicModule, Module } from '@nestjs/common';
import { AuthModule, HealthModule, loggerModule, RedisModule } from '#common';
import { DatabaseModule } from '#database';
import { NOTIFICATION_CONFIG, type NotificationConfig } from './config.js';
import { MailTransport } from './mail/mail.transport.js';
import { TemplateRenderer } from './mail/template.renderer.js';
import { DeliveryService } from './worker/delivery.service.js';
import { EmailPlanner } from './worker/email-planner.js';
import { NotificationWorker } from './worker/notification.worker.js';

@Module({})
export class NotificationModule {
  static forRoot(config: NotificationConfig): DynamicModule {
    return {
      module: NotificationModule,
      imports: [
        loggerModule('notification', config.logLevel),
        DatabaseModule.forRoot({ ...config.database, applicationName: 'notification' }),
        RedisModule.forRoot(config.redis.url, 'notification'),
        HealthModule.forRoot(),
        AuthModule.forRoot({ ...config.auth, revocationPrefix: config.redis.prefix }),
      ],
      providers: [
        { provide: NOTIFICATION_CONFIG, useValue: config },
        MailTransport,
        TemplateRenderer,
        EmailPlanner,
        DeliveryService,
        NotificationWorker,
      ],
    };
  }
}
