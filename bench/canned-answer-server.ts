// A server that answers every request with one fixed body, for (b)'s second measurement: the cloud clients at full
// speed. Against the mock cloud, the mock costs more CPU per call than either client, so on 2 cores the mock sets
// the rate for both and the clients' difference cannot show; against this server only the clients (and the kernel)
// work, so requests per second measure the clients. It reads the request to its end and checks nothing: the body it
// answers with is the mock's own answer to the same call (bench/client-bench.ts captures it first).
// Usage: node bench/canned-answer-server.ts <file with the body>. Prints MOCK_CLOUD_READY {"url":…,"accounts":[]}.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const body = readFileSync(process.argv[2] ?? '');
const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, {
      'content-type': 'application/json;charset=utf-8',
      'content-length': body.length,
      'x-acs-request-id': 'canned',
    });
    res.end(body);
  });
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  process.stdout.write(
    `MOCK_CLOUD_READY ${JSON.stringify({ url: `http://127.0.0.1:${port}`, accounts: [] })}\n`,
  );
});
const stop = () => {
  server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
