// The demo's service worker: a composition root beside src/server/main.ts (docs/decisions/0007-demo-in-a-service-worker.md).
// It answers the console's /api/* with the BFF's own application (src/server/app.ts) over the mock cloud's own
// registry and gateway (mocks/), both in this worker: the BFF signs every call with the demo keys and the mock
// verifies it. Nothing here is a server's: no audit file, no state file, no training, no live cloud.
import { sandboxAccounts, type DemoAccount } from '../src/server/accounts';
import { createApp } from '../src/server/app';
import { createAuditLog } from '../src/server/audit-log';
import { createCloudClientOn } from '../src/server/cloud-client';
import { readEnv } from '../src/server/env';
import { CONTROL_ORIGIN } from '../mocks/dispatch';
import { openDemoCloud, type DemoCloud } from './demo-cloud';
import { abortable } from './abortable';
import { jsCrypto } from './js-hashes';
import { needsServerAnswer } from './needs-server';
import type { DemoStartAnswer, DemoStartMessage } from './demo-messages';

// The few service-worker types used here (lib.webworker cannot share a program with lib.dom).
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  data: unknown;
  ports: readonly MessagePort[];
}
declare const self: {
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  location: Location;
};

// The server's defaults (src/server/env.ts): the starting scenario, the transition time, the account labels.
const env = readEnv({});

interface Demo {
  cloud: DemoCloud;
  app: { fetch(request: Request): Response | Promise<Response> };
}

async function buildDemo(scenario: string | undefined): Promise<Demo> {
  const cloud = await openDemoCloud({
    scenario,
    defaultScenario: env.mockScenario,
    delayMs: env.mockDelayMs,
  });
  const client = createCloudClientOn(
    {
      // The signed request goes to the mock's gateway in this worker instead of over a socket.
      fetch: (url, init) =>
        abortable(
          cloud.answer(
            new Request(url, {
              method: init.method,
              headers: init.headers,
              ...(init.body !== undefined ? { body: init.body } : {}),
            }),
          ),
          init.signal,
        ),
      timesOutItself: false,
      crypto: jsCrypto,
      nonce: () => globalThis.crypto.randomUUID(),
    },
    { timeoutMs: env.timeoutMs, maxRetries: env.maxRetries, retryBaseMs: env.retryBaseMs },
  );
  // The demo keys, as the mock's control API hands them to the server (GET /_mock/accounts).
  const demoKeys = cloud.sandboxes
    .accountsOf(cloud.sandboxes.defaultSandbox)
    .flatMap(({ name, ...keys }): DemoAccount[] => (name === 'A' || name === 'B' ? [{ ...keys, name }] : []));
  const accounts = sandboxAccounts(env, demoKeys);
  const app = createApp({
    cloud: 'mock',
    accounts: () => Promise.resolve(accounts),
    resolveUid: (account) => Promise.resolve(account.uid),
    client,
    audit: createAuditLog(),
    security: {},
    mockControlUrl: CONTROL_ORIGIN,
    mockFetch: async (input, init) => cloud.answer(await resetToOwnScenario(new Request(input, init), cloud)),
  });
  return { cloud, app };
}

/**
 * "Reset to scenario start" without a scenario resets the server's default world to "demo" (mocks/control-api.ts);
 * the demo's world is the scenario its link chose (?scenario=), so that is the one named when the console names none.
 */
async function resetToOwnScenario(request: Request, cloud: DemoCloud): Promise<Request> {
  if (request.method !== 'POST' || !new URL(request.url).pathname.endsWith('/_mock/reset')) return request;
  const text = await request.text();
  let body: unknown = {};
  try {
    body = text.trim() === '' ? {} : JSON.parse(text);
  } catch {
    // Not JSON: passed on as it came, and the control API says what is wrong with it.
  }
  const named = typeof body === 'object' && body !== null && 'scenario' in body;
  const own = { ...(body as object), scenario: cloud.sandboxes.defaultSandbox.scenario };
  return new Request(request.url, {
    method: 'POST',
    headers: request.headers,
    body: named || typeof body !== 'object' || body === null ? text : JSON.stringify(own),
  });
}

let demo: Promise<Demo> | undefined;
let started: string | undefined;

// One write at a time; a change during a write is written by one more after it.
let saving: Promise<void> | undefined;
let dirty = false;
function saveSoon(cloud: DemoCloud): Promise<void> {
  dirty = true;
  saving ??= (async () => {
    while (dirty) {
      dirty = false;
      await cloud.save().catch((e: unknown) => console.error('demo: the mock cloud was not saved', e));
    }
    saving = undefined;
  })();
  return saving;
}

self.addEventListener('install', (event) => event.waitUntil(self.skipWaiting()));
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

// The page says which scenario its link asked for before it renders (demo-entry.ts).
self.addEventListener('message', (event) => {
  const message = event.data as DemoStartMessage;
  const port = event.ports[0];
  if (message?.type !== 'start' || !port) return;
  const scenario = message.scenario ?? undefined;
  if (!demo || (scenario !== undefined && scenario !== started)) demo = buildDemo(scenario);
  started = scenario ?? started;
  const current = demo;
  event.waitUntil(
    current.then(
      (d) =>
        port.postMessage({
          ok: true,
          scenario: d.cloud.sandboxes.defaultSandbox.scenario,
        } satisfies DemoStartAnswer),
      (e: unknown) => {
        if (demo === current) demo = undefined;
        port.postMessage({ ok: false, message: (e as Error).message } satisfies DemoStartAnswer);
      },
    ),
  );
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith('/api/')) return;
  const absent = needsServerAnswer(url.pathname);
  if (absent) return event.respondWith(Promise.resolve(absent));
  event.respondWith(
    (async () => {
      demo ??= buildDemo(undefined);
      const { app, cloud } = await demo;
      const response = await app.fetch(event.request);
      // Every answer may come with a change (a write, a reset, a nonce, a transition's clock).
      event.waitUntil(saveSoon(cloud));
      return response;
    })(),
  );
});
