import type { IncomingMessage } from 'node:http';
import { ApiError } from './responses.ts';

function tooLarge(maxBytes: number): ApiError {
  return new ApiError(413, 'payload_too_large', `The request body is larger than ${maxBytes} bytes.`);
}

/** Reads a body of at most `maxBytes`. Past the limit it keeps draining (so the client can read the 413) up to a hard cap. */
function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    req.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received <= maxBytes) chunks.push(chunk);
      else if (received > maxBytes * 16) req.destroy();
    });
    let ended = false;
    req.on('end', () => {
      ended = true;
      if (received > maxBytes) reject(tooLarge(maxBytes));
      else resolve(Buffer.concat(chunks));
    });
    req.on('error', reject);
    // Closed before the end: destroyed above for being far too large, or the client went away.
    // (Every request closes after its end too: no error is made for those.)
    req.on('close', () => {
      if (!ended) reject(tooLarge(maxBytes));
    });
  });
}

/** The media type of a Content-Type header, without its parameters (`; charset=utf-8`), in lower case. */
function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';', 1)[0]?.trim().toLowerCase() ?? '';
}

/**
 * Reads and parses a JSON request body of at most `maxBytes`; throws ApiError 415, 413 or 400.
 * Only `Content-Type: application/json` is read: a form or a `text/plain` body, which a page on
 * another site can send without asking, never creates anything here.
 */
export async function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  if (mediaType(req.headers['content-type']) !== 'application/json') {
    throw new ApiError(415, 'unsupported_media_type', 'Send the request body as JSON, with the header Content-Type: application/json.');
  }
  // Node discards an unread body itself once the answer is sent.
  if (Number(req.headers['content-length'] ?? 0) > maxBytes) throw tooLarge(maxBytes);
  const text = (await readBody(req, maxBytes)).toString('utf8');
  if (text.trim() === '') throw new ApiError(400, 'invalid_json', 'The request needs a JSON body.');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiError(400, 'invalid_json', 'The request body is not valid JSON.');
  }
}
