// The gate everything that reads the cloud mounts behind (training/cloud-gate.tsx: in training mode only once the
// page has joined), as a lazy chunk of its own. Its own module so that first-screen.ts can start loading it without
// importing the shell (app.tsx) first.
import { preloadable } from '../components/preloadable';

export const CLOUD_GATE = preloadable(() => import('../training/cloud-gate').then((m) => m.CloudGate));
