import { DynamicModule, Module } from '@nestjs/common';
import { AuthModule, HealthModule, loggerModule, RedisModule } from '#common';
import { DatabaseModule } from '#database';
import { OutboxRelayModule } from '#messaging';
import { NOTIFICATION_CONFIG, type NotificationConfig } from './config.js';
import { DeliveriesController } from './deliveries/deliveries.controller.js';
import { DeliveriesService } from './deliveries/deliveries.service.js';
import { MailTransport } from './mail/mail.transport.js';
import { TemplateRenderer } from './mail/template.renderer.js';
import { ReminderScanner } from './reminders/reminder.scanner.js';
import { ReminderScheduler } from './reminders/reminder.scheduler.js';
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
        // The reminder job writes outbox events: this service relays them (beside the others' relays).
        OutboxRelayModule.forRoot({
          databaseUrl: config.database.url,
          queuePrefix: config.redis.prefix,
          pollIntervalMs: 1000,
          batchSize: 100,
          publishTimeoutMs: 5000,
        }),
      ],
      controllers: [DeliveriesController],
      providers: [
        { provide: NOTIFICATION_CONFIG, useValue: config },
        MailTransport,
        TemplateRenderer,
        EmailPlanner,
        DeliveryService,
        NotificationWorker,
        ReminderScanner,
        ReminderScheduler,
        DeliveriesService,
      ],
    };
  }
}
