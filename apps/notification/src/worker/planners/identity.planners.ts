import type { PlannerMap } from './planner.types.js';

/** Emails about people and sessions. */
export const identityPlanners: Partial<PlannerMap<'user.registered'>> = {
  'user.registered': (event) => [
    {
      template: 'welcome',
      recipient: event.payload.email,
      data: { firstName: event.payload.firstName, lastName: event.payload.lastName },
    },
  ],
};
