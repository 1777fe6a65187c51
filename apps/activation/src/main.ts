import 'reflect-metadata';
import { runService } from '#common';
import { activationService } from './activation.service.js';

await runService(activationService);
