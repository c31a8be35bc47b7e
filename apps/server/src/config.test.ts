import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config.ts';

describe('parseConfig', () => {
  it('serves on port 8787 on every interface, with data in the repository data folder, by default', () => {
    const config = parseConfig({});
    expect(config.port).toBe(8787);
    expect(config.host).toBe('0.0.0.0');
    expect(config.dataDir).toMatch(/\/data$/);
    expect(config.webDist).toMatch(/\/apps\/web\/dist$/);
    expect(config.maxMessageBytes).toBe(8 * 1024 * 1024);
    expect(config.maxConnectionsPerBoard).toBe(300);
    expect(config.createBoardsPerMinute).toBe(30);
    expect(config.adminKey).toBeUndefined();
  });

  it('reads numbers and paths from the environment', () => {
    const config = parseConfig({ PORT: '0', DATA_DIR: '/tmp/boards', CREATE_BOARDS_PER_MINUTE: '10000', LOG_LEVEL: 'warn' });
    expect(config).toMatchObject({ port: 0, dataDir: '/tmp/boards', createBoardsPerMinute: 10000, logLevel: 'warn' });
  });

  it('keeps boards in SQLite unless STORE=memory asks for the non-durable store benchmarks compare against', () => {
    expect(parseConfig({}).store).toBe('sqlite');
    expect(parseConfig({ STORE: 'memory' }).store).toBe('memory');
    expect(() => parseConfig({ STORE: 'postgres' })).toThrow(/STORE: expected one of: sqlite, memory \(got "postgres"\)/);
  });

  it('commits to SQLite so that edits survive a killed server, or with SQLITE_SYNCHRONOUS=full a power cut too', () => {
    expect(parseConfig({}).sqliteSynchronous).toBe('normal');
    expect(parseConfig({ SQLITE_SYNCHRONOUS: 'full' }).sqliteSynchronous).toBe('full');
    expect(() => parseConfig({ SQLITE_SYNCHRONOUS: 'off' })).toThrow(/SQLITE_SYNCHRONOUS: .* \(got "off"\)/);
  });

  it('treats an empty variable as unset', () => {
    expect(parseConfig({ ADMIN_KEY: '', PORT: '' })).toMatchObject({ adminKey: undefined, port: 8787 });
  });

  it('names every bad variable and what it should be', () => {
    expect(() => parseConfig({ PORT: 'eighty', MAX_MESSAGE_BYTES: '1.5' })).toThrow(
      /PORT: expected a whole number from 0 to 65535 \(got "eighty"\)\n {2}MAX_MESSAGE_BYTES: expected a whole number/,
    );
  });

  it('refuses a budget for arriving messages smaller than one message', () => {
    expect(parseConfig({}).maxIncomingBytes).toBe(64 * 1024 * 1024);
    expect(() => parseConfig({ MAX_MESSAGE_BYTES: '2097152', MAX_INCOMING_BYTES: '1048576' })).toThrow(
      /MAX_INCOMING_BYTES: must be at least MAX_MESSAGE_BYTES \(2097152\), or a message of that size could never arrive \(got "1048576"\)/,
    );
  });

  it('keeps boards in the PostgreSQL database that DATABASE_URL names', () => {
    expect(parseConfig({ DATABASE_URL: 'postgres://app:secret@db/boards' }).databaseUrl).toBe('postgres://app:secret@db/boards');
    expect(parseConfig({ DATABASE_URL: 'postgresql://db:5433/boards?sslmode=require' }).databaseUrl).toBe('postgresql://db:5433/boards?sslmode=require');
    expect(parseConfig({}).databaseUrl).toBeUndefined();
  });

  it('refuses a DATABASE_URL that is not a PostgreSQL URL, without echoing it', () => {
    for (const url of ['mysql://app:secret@db/boards', 'postgres://app:secret@db/ boards', 'app:secret@db/boards']) {
      const attempt = () => parseConfig({ DATABASE_URL: url });
      expect(attempt).toThrow(ConfigError);
      expect(attempt).toThrow(/DATABASE_URL: expected a postgres:\/\/ or postgresql:\/\/ URL/);
      expect(attempt).not.toThrow(/secret/);
    }
  });

  it('joins the processes on the Redis that REDIS_URL names, only beside a shared DATABASE_URL, without echoing it', () => {
    const database = 'postgres://app:secret@db/boards';
    expect(parseConfig({ DATABASE_URL: database, REDIS_URL: 'redis://:secret@cache:6379/2' }).redisUrl).toBe('redis://:secret@cache:6379/2');
    expect(parseConfig({}).redisUrl).toBeUndefined();
    const alone = () => parseConfig({ REDIS_URL: 'redis://:secret@cache:6379' });
    expect(alone).toThrow(/REDIS_URL: needs DATABASE_URL too/);
    expect(alone).not.toThrow(/secret/);
    const wrong = () => parseConfig({ DATABASE_URL: database, REDIS_URL: 'http://:secret@cache' });
    expect(wrong).toThrow(/REDIS_URL: expected a redis:\/\/ or rediss:\/\/ URL/);
    expect(wrong).not.toThrow(/secret/);
  });

  it('refuses a short admin key', () => {
    expect(() => parseConfig({ ADMIN_KEY: 'short' })).toThrow(/ADMIN_KEY: use at least 16 characters/);
  });

  it('sets timeouts for slow and idle HTTP clients rather than leaving Node defaults', () => {
    expect(parseConfig({})).toMatchObject({ headersTimeoutMs: 10_000, requestTimeoutMs: 30_000, keepAliveTimeoutMs: 5_000 });
    expect(parseConfig({ HEADERS_TIMEOUT_MS: '2000', REQUEST_TIMEOUT_MS: '4000', KEEP_ALIVE_TIMEOUT_MS: '1000' })).toMatchObject({
      headersTimeoutMs: 2000,
      requestTimeoutMs: 4000,
      keepAliveTimeoutMs: 1000,
    });
    expect(() => parseConfig({ KEEP_ALIVE_TIMEOUT_MS: '0' })).toThrow(/KEEP_ALIVE_TIMEOUT_MS: expected a whole number from 1000 to 600000 \(got "0"\)/);
    expect(() => parseConfig({ HEADERS_TIMEOUT_MS: '20000', REQUEST_TIMEOUT_MS: '10000' })).toThrow(
      /REQUEST_TIMEOUT_MS: must be at least HEADERS_TIMEOUT_MS \(20000\)/,
    );
  });

  it('caps the connections of one address at 1024 by default, enough for a 200-person meeting behind one NAT', () => {
    expect(parseConfig({}).maxConnectionsPerAddress).toBe(1024);
    expect(parseConfig({ MAX_CONNECTIONS_PER_ADDRESS: '3' }).maxConnectionsPerAddress).toBe(3);
    expect(() => parseConfig({ MAX_CONNECTIONS_PER_ADDRESS: 'many' })).toThrow(/MAX_CONNECTIONS_PER_ADDRESS: expected a whole number from 1/);
  });

  it('keeps /metrics closed unless a token or a separate listener is configured', () => {
    expect(parseConfig({})).toMatchObject({ metricsToken: undefined, metricsPort: undefined, metricsHost: '127.0.0.1' });
    expect(parseConfig({ METRICS_TOKEN: 'a-long-metrics-token', METRICS_PORT: '9464' })).toMatchObject({
      metricsToken: 'a-long-metrics-token',
      metricsPort: 9464,
    });
    const short = () => parseConfig({ METRICS_TOKEN: 'short-secret' });
    expect(short).toThrow(/METRICS_TOKEN: use at least 16 characters/);
    expect(short).not.toThrow(/short-secret/);
    expect(() => parseConfig({ METRICS_PORT: '99999' })).toThrow(/METRICS_PORT: expected a whole number from 0 to 65535 \(got "99999"\)/);
    expect(() => parseConfig({ PORT: '8787', METRICS_PORT: '8787' })).toThrow(/METRICS_PORT: must differ from PORT \(8787\)/);
  });
});
