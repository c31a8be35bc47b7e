/** The SQLSTATE codes the store turns into errors of its own. */
const sqlStates = {
  unique_violation: '23505',
  foreign_key_violation: '23503',
} as const;

/** Whether `error` is PostgreSQL's error of that name. */
export function hasCode(error: unknown, name: keyof typeof sqlStates): boolean {
  return error instanceof Error && (error as { code?: unknown }).code === sqlStates[name];
}
