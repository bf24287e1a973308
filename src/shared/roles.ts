export const roles = ['admin', 'caseworker', 'coordinator', 'viewer'] as const;
export type Role = (typeof roles)[number];

/** Roles that may see personal data (contact persons, later children). */
export const personalDataRoles: readonly Role[] = ['admin', 'caseworker', 'coordinator'];
