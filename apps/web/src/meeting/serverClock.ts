import { serverTimeMessage, type ServerTimeAnswer, type ServerTimeRequest } from '@partnerboard/protocol';

// The meeting's timer is kept in the server's clock, so every screen needs the server's time. A
// device's clock can be minutes out; this estimates by how much, the way NTP does: the server's
// reading is taken to be from halfway through the round trip, and the sample with the shortest
// round trip (the least room for error) wins.

/** One exchange with the server: how far its clock is ahead of mine, and how long the answer took. */
export interface ClockSample {
  readonly offsetMs: number;
  readonly roundTripMs: number;
}

/** The sample one exchange gives: asked at `sentAt` and answered at `receivedAt` (my clock), the server's clock read `serverTime`. */
export function clockSample(sentAt: number, serverTime: number, receivedAt: number): ClockSample {
  const roundTripMs = Math.max(0, receivedAt - sentAt);
  return { offsetMs: serverTime - (sentAt + roundTripMs / 2), roundTripMs };
}

/** The offset to trust among `samples`: the one with the shortest round trip (0 when there are none). */
export function bestOffset(samples: readonly ClockSample[]): number {
  let best: ClockSample | null = null;
  for (const sample of samples) if (!best || sample.roundTripMs < best.roundTripMs) best = sample;
  return best?.offsetMs ?? 0;
}

/** What the clock needs of the board's connection (BoardConnection is one). */
export interface ServerClockLink {
  subscribe(listener: () => void): () => void;
  getState(): string;
  onCustomMessage(type: string, listener: (body: unknown) => void): () => void;
  sendCustom(type: string, body: unknown): boolean;
}

/** How often the clock asks again while connected: device clocks drift, and a better round trip may come. */
export const askEveryMs = 3 * 60_000;
/** Samples kept: an old one stops counting, in case the device's clock was changed since. */
const samplesKept = 5;

function readAnswer(body: unknown): { serverTime: number; clientTime: number } | null {
  if (typeof body !== 'object' || body === null) return null;
  const { serverTime, clientTime } = body as Partial<ServerTimeAnswer>;
  return typeof serverTime === 'number' && typeof clientTime === 'number' && Number.isFinite(serverTime) && Number.isFinite(clientTime) ? { serverTime, clientTime } : null;
}

/** The server's time as this device estimates it; asks the server on every connect and every few minutes. */
export class ServerClock {
  private samples: ClockSample[] = [];
  private offsetMs = 0;
  private wasConnected = false;
  private timer: ReturnType<typeof setInterval> | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly stops: (() => void)[];

  constructor(
    private readonly link: ServerClockLink,
    private readonly now: () => number = Date.now,
  ) {
    this.stops = [link.onCustomMessage(serverTimeMessage, this.answered), link.subscribe(this.stateChanged)];
    this.stateChanged();
  }

  /** The server's time now (ms since 1970), as well as this device can tell; its own clock until the server has answered. */
  serverNow = (): number => this.now() + this.offsetMs;

  /** True once the server has answered at least once. */
  get measured(): boolean {
    return this.samples.length > 0;
  }

  /** Listens for a new estimate; returns the way to stop. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Asks the server for its time now. */
  ask(): void {
    const request: ServerTimeRequest = { clientTime: this.now() };
    this.link.sendCustom(serverTimeMessage, request);
  }

  stop(): void {
    for (const stop of this.stops) stop();
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.listeners.clear();
  }

  private readonly stateChanged = (): void => {
    const connected = this.link.getState() === 'connected';
    if (connected && !this.wasConnected) {
      this.ask();
      this.timer ??= setInterval(() => this.ask(), askEveryMs);
    } else if (!connected && this.timer) {
      clearInterval(this.timer);
      this.timer = null;
    }
    this.wasConnected = connected;
  };

  private readonly answered = (body: unknown): void => {
    const answer = readAnswer(body);
    if (!answer) return;
    this.samples = [...this.samples, clockSample(answer.clientTime, answer.serverTime, this.now())].slice(-samplesKept);
    this.offsetMs = bestOffset(this.samples);
    for (const listener of this.listeners) listener();
  };
}
