import 'reflect-metadata';
import { runService } from '#common';
import { licensingService } from './licensing.service.js';

await runService(licensingService);
