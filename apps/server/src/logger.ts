import { pino, type DestinationStream, type Logger } from 'pino';
import type { Config } from './config.ts';

export type { Logger };

/**
 * JSON logs. Fields are chosen by hand and never include a raw URL or header; the redaction
 * list is a second line of defence should a token-bearing field ever be logged by mistake.
 */
export function createLogger(level: Config['logLevel'], destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: 'partnerboard' },
    redact: {
      paths: ['token', '*.token', 'url', '*.url', 'headers.authorization', '*.headers.authorization', 'req.headers.authorization'],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
