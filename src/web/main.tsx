// Browser entry: mount the console.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadCloudGate } from './app/app';
import { Providers } from './state/providers';
import { progressStore } from './state/progress-store';
import { STEPS } from './app/steps-registry';
import { routeOf } from './training/hash-route';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

const render = () =>
  createRoot(root).render(
    <StrictMode>
      <Providers>
        <App />
      </Providers>
    </StrictMode>,
  );

// Page load (bench row (e)): the step on screen, and the gate it mounts behind (app.tsx), are fetched before the first
// render, so shell and step commit together instead of the step suspending and waiting out React's 300 ms reveal
// throttle. A failed chunk load still renders: the step's own Suspense then retries it.
const first = routeOf(window.location.hash) === 'console' ? STEPS[progressStore.get().current] : undefined;
if (first) void Promise.all([first.preload(), preloadCloudGate()]).then(render, render);
else render();
