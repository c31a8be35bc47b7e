let second = Number.NaN;
/** The ISO form of `second`, up to and including the decimal point. */
let secondPrefix = '';

/**
 * `new Date(ms).toISOString()`, formatting only the milliseconds afresh within a second: every
 * commit stamps each update with the time it was accepted, and V8's own asks for the local time
 * zone on every call.
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
