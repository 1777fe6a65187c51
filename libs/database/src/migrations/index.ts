import { AccountsAndLicensing1796039226519 } from './1796039226519-AccountsAndLicensing.js';

import { Init1796037840520 } from './1796037840520-Init.js';
import { AccountSettings1796039465736 } from './1796039465736-AccountSettings.js';
import { LicensingCatalogue1796039660748 } from './1796039660748-LicensingCatalogue.js';
import { IdentitySessionsInvitations1796039684777 } from './1796039684777-IdentitySessionsInvitations.js';
import { MdmPushCertificates1796039686779 } from './1796039686779-MdmPushCertificates.js';
import { NotificationDeliveryLogAndReminders1796039690576 } from './1796039690576-NotificationDeliveryLogAndReminders.js';
import { ActivationUsageAndOffline1796039749409 } from './1796039749409-ActivationUsageAndOffline.js';
import { DeliverySendStartedAt1796040000000 } from './1796040000000-DeliverySendStartedAt.js';
import { OutboxConsumedAt1796040100000 } from './1796040100000-OutboxConsumedAt.js';
import { EmailChangeTokens1796218496031 } from './1796218496031-EmailChangeTokens.js';
import { SocialSignIn1796218879729 } from './1796218879729-SocialSignIn.js';
import { InstallationLicenseFacts1796285727186 } from './1796285727186-InstallationLicenseFacts.js';
import { UsageReportFunction1796286900000 } from './1796286900000-UsageReportFunction.js';
import { VersionCollation1796300000000 } from './1796300000000-VersionCollation.js';
import { UsageReportBatchFunction1796310000000 } from './1796310000000-UsageReportBatchFunction.js';

/** Every migration, oldest first. `npm run migration:generate -- <Name>` appends here. */
export const MIGRATIONS: Array<new () => import('typeorm').MigrationInterface> = [
  Init1796037840520,
  AccountsAndLicensing1796039226519,
  AccountSettings1796039465736,
  LicensingCatalogue1796039660748,
  IdentitySessionsInvitations1796039684777,
  MdmPushCertificates1796039686779,
  NotificationDeliveryLogAndReminders1796039690576,
  ActivationUsageAndOffline1796039749409,
  DeliverySendStartedAt1796040000000,
  OutboxConsumedAt1796040100000,
  EmailChangeTokens1796218496031,
  SocialSignIn1796218879729,
  InstallationLicenseFacts1796285727186,
  UsageReportFunction1796286900000,
  VersionCollation1796300000000,
  UsageReportBatchFunction1796310000000,
];
