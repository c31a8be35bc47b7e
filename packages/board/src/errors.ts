/** What kind of refusal: bad input, a missing item, or a clash with the board as it is now. */
export type BoardErrorCode = 'invalid' | 'not_found' | 'conflict';

/**
 * The one error every board write throws when it refuses. The board is unchanged when it is thrown.
 * `message` is written for the person who tried the change; `field` names the input that was wrong.
 */
export class BoardError extends Error {
  readonly code: BoardErrorCode;
  readonly field: string | undefined;

  constructor(code: BoardErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'BoardError';
    this.code = code;
    this.field = field;
  }
}

/** True when `error` is a refusal from the board package (so a UI can show its message as is). */
export function isBoardError(error: unknown): error is BoardError {
  return error instanceof BoardError;
}
