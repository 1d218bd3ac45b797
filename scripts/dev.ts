// `npm run dev`: the BFF (with the mock cloud, restarted on change by tsx watch) and Vite with hot reload,
// which proxies /api to the BFF (vite.config.ts). Ctrl-C stops both.
import { spawn, type ChildProcess } from 'node:child_process';

const bffPort = process.env.BFF_PORT ?? '8787';
const children: ChildProcess[] = [
  spawn('npx', ['tsx', 'watch', 'src/server/main.ts'], {
    stdio: 'inherit',
    env: { ...process.env, PORT: bffPort, CEN_CONNECT_DIST: 'dist-dev-unused' },
  }),
  spawn('npx', ['vite', '--port', process.env.PORT ?? '5173', '--strictPort'], {
    stdio: 'inherit',
    env: { ...process.env, BFF_PORT: bffPort },
  }),
];
const stop = () => children.forEach((child) => child.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
children.forEach((child) => child.on('exit', (code) => code && code !== 0 && stop()));
