let second = Number.NaN;
/** The ISO form of `second`, up to and including the decimal point. */
let secondPrefix = '';

/**
 * `new Date(ms).toISOString()`, formatting only the milliseconds afresh within a second. V8's own
 * asks ICU for the local time zone's offset on every call, even for this UTC form: a few
 * microseconds of every commit, which stamps each update with the time it was accepted.
 */
export function isoTimestamp(ms: number = Date.now()): string {
  const thisSecond = Math.floor(ms / 1000);
  if (thisSecond !== second) {
    second = thisSecond;
    // "2026-12-04T19:05:00.000Z" without its "000Z".
    secondPrefix = new Date(thisSecond * 1000).toISOString().slice(0, -4);
  }
  const millis = ms - thisSecond * 1000;
  return `${secondPrefix}${millis < 10 ? '00' : millis < 100 ? '0' : ''}${millis}Z`;
}
