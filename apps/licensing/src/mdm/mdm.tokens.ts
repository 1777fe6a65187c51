import type { MdmConfig } from './mdm.config.js';

/** The MDM signer of this process; `config` is null when the MDM settings are not given. */
export interface MdmSettings {
  config: MdmConfig | null;
}
export const MDM_SETTINGS = Symbol('MDM_SETTINGS');

/** How often the vendor certificate's expiry is checked, besides once at start. */
export const EXPIRY_CHECK_INTERVAL_MS = 12 * 3600 * 1000;
/** Operators are warned this many days before the vendor certificate expires. */
export const EXPIRY_WARNING_DAYS = 30;
