import type { Id } from './types.js';

// Web Crypto is global in browsers and Node 20; declared here because this package compiles
// without DOM or Node types (it must run unchanged in both).
declare const crypto: { getRandomValues<T extends Uint8Array>(array: T): T };

const alphabet = 'useandom-26T198340PX75pxJACKVERYMINDBUSHWOLF_GQZbfghjklqvwyzrict';

/** A new random id: 21 url-safe characters (126 bits), so ids made on two offline clients never clash. */
export function newId(): Id {
  const bytes = crypto.getRandomValues(new Uint8Array(21));
  let id = '';
  for (const byte of bytes) id += alphabet[byte & 63];
  return id;
}
