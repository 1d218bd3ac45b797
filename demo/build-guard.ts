// The static demo is built from the defaults only: no key, token, profile, role, endpoint or live mode can reach a
// site anyone may download. Every CEN_CONNECT_* variable set at build time refuses the build, naming it; none is
// read by the demo's code (the worker reads readEnv({}), the defaults), so this guards against the one who thinks
// setting one would configure the demo.
export function refusedDemoEnv(env: Record<string, string | undefined>): string[] {
  return Object.keys(env)
    .filter((name) => /^(CEN_CONNECT_|VITE_)/.test(name) && env[name] !== undefined)
    .sort();
}

export function demoEnvRefusal(names: readonly string[]): string {
  return (
    `npm run build:demo refuses to build: ${names.join(', ')} ${names.length === 1 ? 'is' : 'are'} set. ` +
    'The static demo runs the mock cloud with its demo keys only; no key, token, endpoint or live mode may be ' +
    'built into a site anyone can download. Unset them (the server, npm start, reads them).'
  );
}
