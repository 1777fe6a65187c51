import { daysLeft as daysLeftUntil } from '#common';
import type { PlannerMap } from './planner.types.js';

function whenText(daysLeft: number): string {
  if (daysLeft <= 0) return 'today';
  if (daysLeft === 1) return 'tomorrow';
  return `in ${daysLeft} days`;
}

/** Emails about the vendor's MDM signing certificate, to every operator (resolved at send time). */
export const mdmPlanners: PlannerMap<'mdm.vendor-certificate-expiring'> = {
  'mdm.vendor-certificate-expiring': async (event, { db }) => {
    const operators: Array<{ email: string; first_name: string; last_name: string }> = await db.query(
      `SELECT email, first_name, last_name FROM users WHERE role = 'operator' ORDER BY email`,
    );
    const { subject, serialNumber, notAfter } = event.payload;
    // Days left as of sending, not as of the check: a delayed email still tells the truth.
    const daysLeft = Math.max(0, daysLeftUntil(new Date(notAfter)));
    const expires = `${notAfter.slice(0, 10)} ${notAfter.slice(11, 16)} UTC`;
    const certificate = { subject, serialNumber, expires, expiresOn: notAfter.slice(0, 10), daysLeft, whenText: whenText(daysLeft) };
    return operators.map((o) => ({
      template: 'mdm-certificate-expiring',
      recipient: o.email,
      data: { firstName: o.first_name, lastName: o.last_name, certificate },
    }));
  },
};
