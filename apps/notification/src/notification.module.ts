import { DynamicModule, Module } from '@nestjs/common';
import { serviceFoundation } from '#messaging';
import { NOTIFICATION_CONFIG, type NotificationConfig } from './config.js';
import { DeliveriesController } from './deliveries/deliveries.controller.js';
import { DeliveriesMetrics } from './deliveries/deliveries.metrics.js';
import { DeliveriesService } from './deliveries/deliveries.service.js';
import { MailTransport } from './mail/mail.transport.js';
import { TemplateRenderer } from './mail/template.renderer.js';
import { ReminderScanner } from './reminders/reminder.scanner.js';
import { ReminderScheduler } from './reminders/reminder.scheduler.js';
import { DeliveryService } from './worker/delivery.service.js';
import { EmailPlanner } from './worker/email-planner.js';
import { NotificationWorker } from './worker/notification.worker.js';
import { NotificationReconciler } from './worker/reconciler.js';

@Module({})
export class NotificationModule {
  static forRoot(config: NotificationConfig): DynamicModule {
    return {
      module: NotificationModule,
      imports: [
        ...serviceFoundation('notification', config, { auth: config.auth }),
      ],
      controllers: [DeliveriesController],
      providers: [
        { provide: NOTIFICATION_CONFIG, useValue: config },
        MailTransport,
        TemplateRenderer,
        EmailPlanner,
        DeliveryService,
        NotificationWorker,
        NotificationReconciler,
        ReminderScanner,
        ReminderScheduler,
        DeliveriesService,
        DeliveriesMetrics,
      ],
    };
  }
}
