import 'reflect-metadata';
import { runService } from '#common';
import { notificationService } from './notification.service.js';

await runService(notificationService);
