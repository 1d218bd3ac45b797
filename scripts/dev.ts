// `npm run dev`: the BFF (with the mock cloud, restarted on change by Node's own --watch, which lets it drain and
// exit on SIGTERM before starting it again; the tsx CLI would SIGKILL it soon after) and Vite with hot reload,
// which proxies /api to the BFF (vite.config.ts). Ctrl-C stops both.
import { spawn, type ChildProcess } from 'node:child_process';

const bffPort = process.env.BFF_PORT ?? '8787';
const vitePort = process.env.PORT ?? '5173';
const children: ChildProcess[] = [
  spawn(process.execPath, ['--watch', '--import', 'tsx', 'src/server/main.ts'], {
    stdio: 'inherit',
    // Vite serves the app; its proxy forwards /api with the browser's Host and Origin, which the BFF must accept.
    env: {
      ...process.env,
      PORT: bffPort,
      CEN_CONNECT_SERVE_APP: '0',
      CEN_CONNECT_EXTRA_HOSTS: `127.0.0.1:${vitePort},localhost:${vitePort}`,
    },
  }),
  spawn('npx', ['vite', '--port', vitePort, '--strictPort'], {
    stdio: 'inherit',
    env: { ...process.env, BFF_PORT: bffPort },
  }),
];
const stop = () => children.forEach((child) => child.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
children.forEach((child) => child.on('exit', (code) => code && code !== 0 && stop()));
