// Browser entry: mount the console.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadCloudGate } from './app/app';
import { makeQueryClient, Providers } from './state/providers';
import { progressStore } from './state/progress-store';
import { STEPS } from './app/steps-registry';
import { routeOf } from './training/hash-route';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

const queryClient = makeQueryClient();
const render = () =>
  createRoot(root).render(
    <StrictMode>
      <Providers queryClient={queryClient}>
        <App />
      </Providers>
    </StrictMode>,
  );

// Page load (bench row (e)): the step on screen, and the gate it mounts behind (app.tsx), are fetched before the first
// render, so shell and step commit together instead of the step suspending and waiting out React's 300 ms reveal
// throttle. A failed chunk load still renders: the step's own Suspense then retries it.
// The gate opens on GET /api/health (training/cloud-gate.tsx), so it is read in the same wait: without it the first
// render showed the shell alone and the step came one round trip and a second render later. prefetchQuery never
// throws; a failed read is the gate's to show, as before.
const first = routeOf(window.location.hash) === 'console' ? STEPS[progressStore.get().current] : undefined;
const health = () =>
  import('./training/training-api').then((m) => queryClient.prefetchQuery(m.trainingQueries.health()));
if (first) void Promise.all([first.preload(), preloadCloudGate(), health()]).then(render, render);
else render();
