import 'reflect-metadata';
import { runService } from '#common';
import { notificationDefinition } from './notification.definition.js';

await runService(notificationDefinition);
