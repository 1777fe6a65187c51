import { daysLeft, type ExtraHealthCheck } from '#common';
import type { MdmConfig } from './mdm.config.js';
import { EXPIRY_WARNING_DAYS } from './mdm.tokens.js';

/**
 * Readiness data about the vendor certificate: its expiry and days left. Always `up` (an expired
 * certificate stops signing, not the service); absent when MDM signing is not configured.
 */
export function mdmHealthChecks(config: MdmConfig | null): ExtraHealthCheck[] {
  if (!config) return [];
  const { vendor } = config;
  return [
    async (indicators) => {
      const left = daysLeft(vendor.notAfter, new Date());
      return indicators.check('mdmVendorCertificate').up({
        subject: vendor.subject,
        serialNumber: vendor.serialNumber,
        notAfter: vendor.notAfter.toISOString(),
        daysLeft: left,
        expiresSoon: left <= EXPIRY_WARNING_DAYS,
      });
    },
  ];
}
