// One lint config for the four rooms. The boundaries below are the architecture, enforced:
// src/domain is pure (zod only); web, server and mocks may import src/domain and nothing of each other.
// Around them, arrows one way too: test-support/ (processes, the API-driven tutorial run) may import the rooms;
// bench/ and e2e/ may import the rooms and test-support/, never each other; nothing in the rooms imports them
// (their tests and test-support/ folders may use test-support/, as they may start the mock cloud).
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX from 'eslint-plugin-import-x';
import { readdirSync } from 'node:fs';

// Inside src/web (docs/decisions/0005-web-rooms.md): base folders that everything may import, features that use
// the base, and the shell (app/) that puts the features on screen. Arrows run shell → feature → base only.
const WEB_BASE = ['i18n', 'state', 'components', 'api', 'test-support'].map((d) => `./src/web/${d}`);
const WEB_FEATURES = [
  'steps',
  'plan',
  'diagnosis',
  'audit',
  'export',
  'teardown',
  'topology',
  'training',
].map((d) => `./src/web/${d}`);
const WEB_SHELL = ['./src/web/app', './src/web/main.tsx'];
// Each tutorial step is its own folder (steps/1-create-cen, …); one step never imports another, so a step can be
// read, changed or removed alone. What two steps share goes to components/, state/ or src/domain.
const STEP_FOLDERS = readdirSync(new URL('./src/web/steps', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const WEB_ZONES = [
  {
    target: WEB_BASE,
    from: [...WEB_FEATURES, ...WEB_SHELL],
    message: 'The web base never imports a feature or the shell.',
  },
  {
    target: WEB_FEATURES,
    from: WEB_SHELL,
    message: 'Features never import the shell (app/); the shell imports them.',
  },
  ...STEP_FOLDERS.map((step) => ({
    target: `./src/web/steps/${step}`,
    from: './src/web/steps',
    except: [`./${step}`],
    message: 'Steps never import each other: put what they share in components/, state/ or src/domain.',
  })),
];

// The benchmarks and the browser specs stand outside the rooms and apart from each other.
const OUTER_ZONES = [
  {
    target: ['./src', './mocks', './test-support'],
    from: ['./bench', './e2e'],
    message: 'bench/ and e2e/ sit on top: the rooms and test-support/ never import them.',
  },
  { target: './e2e', from: './bench', message: 'e2e specs never import the benchmarks.' },
  { target: './bench', from: './e2e', message: 'The benchmarks run e2e specs, never import them.' },
  // The static demo's service worker and page entry are a composition root (docs/decisions/0007-demo-in-a-service-worker.md):
  // they import the rooms; the rooms, test-support/, bench/ and e2e/ never import them (its build script may).
  {
    target: ['./src', './mocks', './test-support', './bench', './e2e'],
    from: './demo',
    message: 'demo/ is the static demo’s composition root: nothing but its build script imports it.',
  },
];

// The four rooms and the rooms inside src/web.
const ROOM_ZONES = [
  {
    target: './src/domain',
    from: ['./src/web', './src/server', './mocks'],
    message: 'src/domain is pure.',
  },
  {
    target: './src/web',
    from: ['./src/server', './mocks'],
    message: 'The browser talks to the BFF only.',
  },
  ...WEB_ZONES,
  { target: './src/server', from: ['./src/web'], message: 'The BFF does not import the app.' },
  {
    target: './mocks',
    from: ['./src/web', './src/server'],
    message: 'The mock cloud imports only src/domain.',
  },
];

// What ships (src/, mocks/) never uses test-support/ (the processes, the load run); the rooms' tests and their own
// test-support/ folders may, as they may start the mock cloud.
const TEST_SUPPORT_ZONE = {
  target: ['./src', './mocks'],
  from: './test-support',
  message: 'Only tests and test-support/ folders use test-support/: what ships never does.',
};

export default defineConfig([
  globalIgnores([
    'dist',
    'dist-demo',
    'coverage',
    'test-results',
    'playwright-report',
    '.vitest',
    'public/mockServiceWorker.js',
  ]),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  reactHooks.configs.flat.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] }),
      ],
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [...ROOM_ZONES, ...OUTER_ZONES, TEST_SUPPORT_ZONE],
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'react', 'react-dom', 'hono', 'msw', 'antd'],
              message: 'src/domain imports only zod.',
            },
          ],
        },
      ],
    },
  },
  {
    // Domain *tests* run in Node (spawn bash, read golden files); the purity rule guards what the browser ships.
    files: ['src/domain/**/*.test.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // The rooms' tests and test-support/ folders may start processes through test-support/ (TEST_SUPPORT_ZONE).
    files: [
      'src/**/*.test.ts',
      'src/**/*.test.tsx',
      'src/**/test-support/**',
      'mocks/**/*.test.ts',
      'mocks/test-support/**',
    ],
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: [...ROOM_ZONES, ...OUTER_ZONES] }],
    },
  },
  {
    // The composition root and the BFF's integration tests may start the mock cloud in-process
    // (docs/decisions/0002-composition-root-imports-mock.md); every other boundary still holds for them.
    files: ['src/server/main.ts', 'src/server/**/*.test.ts'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './src/server', from: ['./src/web'], message: 'The BFF does not import the app.' },
            ...OUTER_ZONES,
            {
              target: './src/server/main.ts',
              from: './test-support',
              message: 'The composition root never imports test-support/.',
            },
          ],
        },
      ],
    },
  },
  {
    // env.ts is the only reader of process.env: one place says what the server can be configured with.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/server/env.ts', 'src/**/*.test.ts', 'src/**/*.test.tsx'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration in src/server/env.ts only.' },
      ],
    },
  },
  {
    // The cloud's answers are parsed once, by their catalogue schema (src/domain/openapi/response-items.ts); the
    // diagnosis reads those items and writes no zod view of its own.
    files: ['src/web/diagnosis/**/*.ts', 'src/web/diagnosis/**/*.tsx'],
    ignores: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'zod', message: 'Read the answer as ResponseOf/response-items of the catalogue.' }],
        },
      ],
    },
  },
  {
    // Tests read untyped JSON from responses on purpose; the assertions are the type check there.
    files: ['**/*.test.ts', '**/*.test.tsx', 'e2e/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  // Playwright fixtures call their callback `use`; that is not a React hook.
  { files: ['e2e/**/*.ts'], rules: { 'react-hooks/rules-of-hooks': 'off' } },
  { files: ['**/*.js', '**/*.mjs', '**/*.cjs'], extends: [tseslint.configs.disableTypeChecked] },
]);
