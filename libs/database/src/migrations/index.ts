import { AccountsAndLicensing1796039226519 } from './1796039226519-AccountsAndLicensing.js';

import { Init1796037840520 } from './1796037840520-Init.js';
import { AccountSettings1796039465736 } from './1796039465736-AccountSettings.js';

/** Every migration, oldest first. `npm run migration:generate -- <Name>` appends here. */
export const MIGRATIONS: Array<new () => import('typeorm').MigrationInterface> = [
  Init1796037840520,
  AccountsAndLicensing1796039226519,
  AccountSettings1796039465736,
];
