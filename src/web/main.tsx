// Browser entry: mount the console.
// First, before any other import: starts loading the first screen's chunks (first-screen.ts says why).
import { firstScreenChunks } from './app/first-screen';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { makeQueryClient, Providers } from './state/providers';

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
// throws; a failed read is the gate's to show, as before. The training API's chunk is already on its way
// (first-screen.ts); this import is the same request.
const health = () =>
  import('./training/training-api').then((m) => queryClient.prefetchQuery(m.trainingQueries.health()));
if (firstScreenChunks) void Promise.all([firstScreenChunks, health()]).then(render, render);
else render();
