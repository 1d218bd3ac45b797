// Before the console's first request: this page is controlled by the demo's service worker (registered here, its
// scope the folder the page is served from, so any base path works), and the worker's mock cloud stands on the
// scenario the link asked for (?scenario=). Imported before the console (demo-entry.ts); its top-level await holds
// the console back until then. Without a service worker there is no demo: the page says so in both languages.
import type { DemoStartAnswer, DemoStartMessage } from './demo-messages';

function ask(worker: ServiceWorker, message: DemoStartMessage): Promise<DemoStartAnswer> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event) => resolve(event.data as DemoStartAnswer);
    worker.postMessage(message, [channel.port2]);
  });
}

async function controller(): Promise<ServiceWorker> {
  const container = navigator.serviceWorker;
  await container.register('./sw.js', { scope: './' });
  await container.ready;
  if (container.controller) return container.controller;
  // The first visit: the worker claims this page when it activates (service-worker.ts).
  return new Promise((resolve) =>
    container.addEventListener(
      'controllerchange',
      () => container.controller && resolve(container.controller),
      {
        once: true,
      },
    ),
  );
}

function refuse(en: string, zh: string): never {
  const root = document.getElementById('root');
  if (root) {
    root.setAttribute('role', 'alert');
    root.textContent = `${en} ${zh}`;
  }
  throw new Error(en);
}

if (!('serviceWorker' in navigator))
  refuse(
    'This demo runs in your browser with a service worker, which this page cannot use (a private window, or a page not served over HTTPS or from 127.0.0.1).',
    '此演示依靠浏览器的 Service Worker 运行，但本页面无法使用它（无痕窗口，或页面未通过 HTTPS 或 127.0.0.1 提供）。',
  );
const answer = await ask(await controller(), {
  type: 'start',
  scenario: new URLSearchParams(window.location.search).get('scenario'),
});
if (!answer.ok) refuse(answer.message, `演示无法启动：${answer.message}`);
