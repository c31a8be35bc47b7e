// The reference: the stock y-websocket server from @y/websocket-server, exactly as its own
// server.js wires it (setupWSConnection on a ws server), minus the fixed port. No auth, no storage
// unless YPERSISTENCE names a LevelDB directory (utils.js reads it). Prints one JSON line with the port.
//
// One addition, for the benchmark only: `PUT /<name>` with a Yjs update as its body creates the
// document `<name>` holding it, as Partnerboard's POST /api/boards creates a board, without a
// WebSocket client. Boards made through a client ran the reference's whole connection path once
// each before it was measured, and a "server just started" was then not cold.
import http from 'node:http';
import { WebSocketServer } from 'ws';
import * as Y from 'yjs';
import { getYDoc, setupWSConnection } from '@y/websocket-server/utils';

const maxBoardBytes = 1024 * 1024;

const wss = new WebSocketServer({ noServer: true });
wss.on('connection', setupWSConnection);

function createDocument(request, response) {
  const name = decodeURIComponent((request.url ?? '/').slice(1));
  const chunks = [];
  let bytes = 0;
  request.on('data', (chunk) => {
    bytes += chunk.byteLength;
    if (bytes > maxBoardBytes) request.destroy();
    else chunks.push(chunk);
  });
  request.on('end', () => {
    try {
      Y.applyUpdate(getYDoc(name), Buffer.concat(chunks));
      response.writeHead(201).end();
    } catch (error) {
      response.writeHead(400, { 'Content-Type': 'text/plain' }).end(String(error));
    }
  });
}

const server = http.createServer((request, response) => {
  if (request.method === 'PUT') return createDocument(request, response);
  response.writeHead(200, { 'Content-Type': 'text/plain' });
  response.end('okay');
});
server.on('upgrade', (request, socket, head) => {
  wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
});
server.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1', () => {
  const address = server.address();
  console.log(JSON.stringify({ event: 'listening', port: typeof address === 'object' && address ? address.port : 0 }));
});
process.on('SIGTERM', () => process.exit(0));
