// Loaded with `node --import` before the CLI: every way of opening a connection or resolving a
// name records the attempt (to $NO_NETWORK_LOG) and throws, so a test can prove none was made.
import { appendFileSync } from 'node:fs';
import dgram from 'node:dgram';
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';

function blocked(what) {
  return function () {
    const line = `${what} ${new Error().stack?.split('\n').slice(2, 4).join(' | ').trim() ?? ''}\n`;
    if (process.env.NO_NETWORK_LOG) appendFileSync(process.env.NO_NETWORK_LOG, line);
    throw new Error(`network access attempted: ${what}`);
  };
}

net.Socket.prototype.connect = blocked('net.Socket.connect');
net.connect = blocked('net.connect');
net.createConnection = blocked('net.createConnection');
tls.connect = blocked('tls.connect');
dgram.createSocket = blocked('dgram.createSocket');
http.request = blocked('http.request');
http.get = blocked('http.get');
https.request = blocked('https.request');
https.get = blocked('https.get');
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse']) {
  dns[name] = blocked(`dns.${name}`);
  dns.promises[name] = blocked(`dns.promises.${name}`);
}
globalThis.fetch = blocked('fetch');
if (globalThis.WebSocket) globalThis.WebSocket = blocked('WebSocket');
