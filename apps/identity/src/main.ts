import 'reflect-metadata';
import { runService } from '#common';
import { identityService } from './identity.service.js';

await runService(identityService);
