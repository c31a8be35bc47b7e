/** Roles a capability link grants; the server takes a connection's role only from its token. */
export const roles = ['facilitator', 'editor', 'viewer'] as const;
export type Role = (typeof roles)[number];

/** Whether a role may change the plan (viewers read and are present, never write). */
export function roleCanEdit(role: Role): boolean {
  return role !== 'viewer';
}
