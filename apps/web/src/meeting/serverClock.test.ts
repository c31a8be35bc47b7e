import { describe, expect, it } from 'vitest';
import { serverTimeMessage } from '@partnerboard/protocol';
import { bestOffset, clockSample, ServerClock, type ServerClockLink } from './serverClock';

/** A connection the test drives: it says when it is connected and answers server-time as the test tells it. */
function fakeLink() {
  let state = 'connecting';
  const stateListeners = new Set<() => void>();
  const answerListeners = new Set<(body: unknown) => void>();
  const sent: unknown[] = [];
  const link: ServerClockLink = {
    subscribe: (listener) => (stateListeners.add(listener), () => stateListeners.delete(listener)),
    getState: () => state,
    onCustomMessage: (type, listener) => {
      if (type === serverTimeMessage) answerListeners.add(listener);
      return () => answerListeners.delete(listener);
    },
    sendCustom: (_type, body) => (sent.push(body), true),
  };
  return {
    link,
    sent,
    setState(next: string) {
      state = next;
      for (const listener of stateListeners) listener();
    },
    answer(body: unknown) {
      for (const listener of answerListeners) listener(body);
    },
  };
}

describe('the offset of the server clock', () => {
  it("takes the server's reading as from halfway through the round trip", () => {
    // Asked at 1,000 on my clock, answered at 1,200; the server read 301,100: it is 300,000 ms ahead.
    expect(clockSample(1000, 301_100, 1200)).toEqual({ offsetMs: 300_000, roundTripMs: 200 });
    expect(clockSample(1000, 900, 1000)).toEqual({ offsetMs: -100, roundTripMs: 0 });
  });

  it('trusts the sample with the shortest round trip', () => {
    expect(bestOffset([{ offsetMs: 5000, roundTripMs: 900 }, { offsetMs: 4200, roundTripMs: 40 }, { offsetMs: 4700, roundTripMs: 300 }])).toBe(4200);
    expect(bestOffset([])).toBe(0);
  });
});

describe('the server clock', () => {
  it('asks the server when the board connects and gives the server time from then on, whatever the device clock says', () => {
    let deviceNow = 1_000_000;
    const { link, sent, setState, answer } = fakeLink();
    const clock = new ServerClock(link, () => deviceNow);
    expect(sent).toEqual([]);
    expect(clock.serverNow()).toBe(1_000_000);
    setState('connected');
    expect(sent).toEqual([{ clientTime: 1_000_000 }]);
    deviceNow += 100;
    // The device runs five minutes slow: the server read 1,300,050.
    answer({ serverTime: 1_300_050, clientTime: 1_000_000 });
    expect(clock.measured).toBe(true);
    deviceNow += 60_000;
    expect(clock.serverNow()).toBe(1_360_100);
    clock.stop();
  });

  it('ignores an answer that is not one, and asks again after a reconnection', () => {
    const deviceNow = 5000;
    const { link, sent, setState, answer } = fakeLink();
    const clock = new ServerClock(link, () => deviceNow);
    setState('connected');
    answer({ serverTime: 'noon', clientTime: 5000 });
    answer({ serverTime: 9000, clientTime: null });
    expect(clock.measured).toBe(false);
    setState('reconnecting');
    setState('connected');
    expect(sent).toHaveLength(2);
    clock.stop();
  });
});
