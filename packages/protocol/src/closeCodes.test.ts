import { describe, expect, it } from 'vitest';
import { closeCodes, shouldReconnectAfterClose } from './closeCodes';

describe('shouldReconnectAfterClose', () => {
  it.each([closeCodes.tokenRevoked, closeCodes.boardDeleted, closeCodes.malformedMessage, closeCodes.messageTooLarge])(
    'gives up after %i, which a retry cannot fix',
    (code) => expect(shouldReconnectAfterClose(code)).toBe(false),
  );

  it.each([closeCodes.rateLimited, closeCodes.boardFull, closeCodes.tooSlow, closeCodes.goingAway, closeCodes.serverError, 1006])(
    'retries after %i, which is temporary',
    (code) => expect(shouldReconnectAfterClose(code)).toBe(true),
  );
});
