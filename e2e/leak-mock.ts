// The mock cloud for the secret-leak scan (e2e/secret-leak.spec.ts): the standalone server's demo world, plus one
// more AccessKey for Account A — the shape of a live key a user configures (CEN_CONNECT_A_ACCESS_KEY_ID/SECRET), like
// a second AccessKey of A's RAM user. The BFF signs as A with it and reaches B by AssumeRole (RamRoleArn), so the
// scan covers a configured live-style secret and the STS secrets minted for it, not only the demo keys.
// Usage: node --import tsx e2e/leak-mock.ts '<json {accessKeyId, accessKeySecret}>' [delayMs]
// Prints MOCK_CLOUD_READY {json} when listening, and STS_SESSION {json} for every STS session it mints, so the
// spec knows those secrets too.
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { getResponse } from 'msw';
import { systemClock } from '../mocks/cloud/clock';
import { MockCloud } from '../mocks/cloud/mock-cloud';
import { createHandlers } from '../mocks/handlers';
import { SandboxRegistry } from '../mocks/sandboxes';
import { ScenarioBook } from '../mocks/scenarios/training-catalogue';
import { loadTrainingScenarios } from '../mocks/scenarios/training-dir';

const live = JSON.parse(process.argv[2] ?? '{}') as { accessKeyId?: string; accessKeySecret?: string };
const delayMs = Number(process.argv[3] ?? '300');
if (!live.accessKeyId || !live.accessKeySecret || !Number.isInteger(delayMs)) {
  process.stderr.write(
    `Usage: node --import tsx e2e/leak-mock.ts '{"accessKeyId":…,"accessKeySecret":…}' [delayMs]\n`,
  );
  process.exit(2);
}

const clock = systemClock();
const book = new ScenarioBook(loadTrainingScenarios());
const cloud = new MockCloud({ clock, delayMs });
book.load(cloud, 'demo');
const a = cloud.account('A');
if (!a) throw new Error('the demo world has no Account A');
// Same UID, so calls signed with this key act as Account A; another name, so the control API's account list
// (what a BFF in demo mode would sign with) still holds only the demo keys.
cloud.world.accounts.push({
  ...a,
  name: 'A-live-key',
  accessKeyId: live.accessKeyId,
  accessKeySecret: live.accessKeySecret,
  roles: [],
});
const handlers = createHandlers(
  new SandboxRegistry({ book, defaultCloud: cloud, defaultScenario: 'demo', clock, delayMs }),
  { anyOrigin: true },
);

let reported = 0;
const server = serve(
  {
    hostname: '127.0.0.1',
    port: 0,
    fetch: async (request: Request) => {
      const response = (await getResponse(handlers, request)) ?? new Response('{}', { status: 404 });
      for (const s of cloud.world.sessions.slice(reported))
        process.stdout.write(
          `STS_SESSION ${JSON.stringify({ accessKeySecret: s.accessKeySecret, securityToken: s.securityToken })}\n`,
        );
      reported = cloud.world.sessions.length;
      return response;
    },
  },
  (info: AddressInfo) => {
    process.stdout.write(`MOCK_CLOUD_READY ${JSON.stringify({ url: `http://127.0.0.1:${info.port}` })}\n`);
  },
);
const stop = () => {
  server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
