/** What the server counts, exposed at GET /metrics in the Prometheus text format. */

type Labels = Record<string, string>;

function labelText(labels: Labels): string {
  const pairs = Object.entries(labels).map(([key, value]) => `${key}="${value.replace(/["\\\n]/g, '\\$&')}"`);
  return pairs.length ? `{${pairs.join(',')}}` : '';
}

interface Metric {
  render(): string;
}

class Counter implements Metric {
  private readonly values = new Map<string, number>();

  constructor(
    readonly name: string,
    readonly help: string,
  ) {}

  inc(labels: Labels, by = 1): void {
    this.addTo(labelText(labels), by);
  }

  /** Adds to the series without labels (as inc({}) would, without writing its label text: this runs for every update). */
  add(by = 1): void {
    this.addTo('', by);
  }

  private addTo(key: string, by: number): void {
    this.values.set(key, (this.values.get(key) ?? 0) + by);
  }

  value(labels: Labels = {}): number {
    return this.values.get(labelText(labels)) ?? 0;
  }

  render(): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} counter`];
    if (this.values.size === 0) lines.push(`${this.name} 0`);
    for (const [labels, value] of this.values) lines.push(`${this.name}${labels} ${value}`);
    return lines.join('\n');
  }
}

class Gauge implements Metric {
  constructor(
    readonly name: string,
    readonly help: string,
    private readonly read: () => number,
  ) {}

  render(): string {
    return [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} gauge`, `${this.name} ${this.read()}`].join('\n');
  }
}

class Histogram implements Metric {
  private readonly counts: number[];
  private sum = 0;
  private count = 0;

  constructor(
    readonly name: string,
    readonly help: string,
    private readonly buckets: readonly number[],
  ) {
    this.counts = buckets.map(() => 0);
  }

  observe(value: number): void {
    this.sum += value;
    this.count += 1;
    for (let index = 0; index < this.buckets.length; index += 1) {
      if (value <= (this.buckets[index] as number)) this.counts[index] = (this.counts[index] ?? 0) + 1;
    }
  }

  render(): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} histogram`];
    this.buckets.forEach((bound, index) => lines.push(`${this.name}_bucket{le="${bound}"} ${this.counts[index]}`));
    lines.push(`${this.name}_bucket{le="+Inf"} ${this.count}`, `${this.name}_sum ${this.sum}`, `${this.name}_count ${this.count}`);
    return lines.join('\n');
  }
}

export type RejectionReason =
  | 'malformed'
  | 'too_large'
  | 'rate_limited'
  | 'viewer_write'
  | 'invalid_update'
  | 'too_slow'
  | 'server_busy'
  | 'store_failed'
  | 'presence_not_owned'
  | 'presence_too_large'
  | 'presence_too_many'
  | 'presence_invalid'
  | 'too_much_pending'
  | 'part_not_allowed'
  | 'unknown_custom_message';
export type RefusalReason =
  | 'missing_token'
  | 'wrong_token'
  | 'link_withdrawn'
  | 'unknown_board'
  | 'token_revoked'
  | 'board_full'
  | 'not_found'
  | 'malformed_path'
  | 'shutting_down'
  | 'too_many_from_address';

export interface MetricsSources {
  connections(): number;
  boardsLoaded(): number;
  /** Bytes queued in the server for connections that have not read them yet. */
  sendBufferBytes(): number;
  /** Bytes of messages that have begun to arrive and not yet ended. */
  incomingBytes(): number;
}

/** The server's counters, gauges and the store commit latency histogram. */
export class Metrics {
  readonly updatesApplied = new Counter('partnerboard_updates_applied_total', 'Document updates committed to storage and applied.');
  readonly updateBytes = new Counter('partnerboard_update_bytes_total', 'Bytes of document updates committed and applied.');
  readonly messagesRejected = new Counter(
    'partnerboard_messages_rejected_total',
    'Incoming WebSocket messages refused, by reason.',
  );
  readonly connectionsRefused = new Counter(
    'partnerboard_connections_refused_total',
    'Connections refused or closed by the server, by reason (too_many_from_address counts HTTP and WebSocket sockets alike).',
  );
  readonly boardsCreated = new Counter('partnerboard_boards_created_total', 'Boards created.');
  readonly compactions = new Counter('partnerboard_compactions_total', 'Board update logs merged into a snapshot.');
  readonly commitSeconds = new Histogram(
    'partnerboard_store_commit_seconds',
    'Time to durably commit one batch of updates.',
    [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
  );
  private readonly all: Metric[];

  constructor(sources: MetricsSources) {
    this.all = [
      new Gauge('partnerboard_connections', 'Open sync connections.', sources.connections),
      new Gauge('partnerboard_boards_loaded', 'Boards held in memory.', sources.boardsLoaded),
      new Gauge('partnerboard_send_buffer_bytes', 'Bytes waiting to be sent to slow readers.', sources.sendBufferBytes),
      new Gauge('partnerboard_incoming_bytes', 'Bytes of messages still arriving.', sources.incomingBytes),
      this.updatesApplied,
      this.updateBytes,
      this.messagesRejected,
      this.connectionsRefused,
      this.boardsCreated,
      this.compactions,
      this.commitSeconds,
    ];
  }

  rejected(reason: RejectionReason): void {
    this.messagesRejected.inc({ reason });
  }

  refused(reason: RefusalReason): void {
    this.connectionsRefused.inc({ reason });
  }

  render(): string {
    return `${this.all.map((metric) => metric.render()).join('\n')}\n`;
  }
}
