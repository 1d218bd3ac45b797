// Regenerates src/domain/openapi/fixtures/openapi-meta.json — Alibaba's own parameter facts (name, type, required)
// for every action of the catalogue — from a local copy of aliyun/aliyun-openapi-meta, which the drift test
// (src/domain/openapi/catalogue-drift.test.ts) compares the catalogue with. How and why: the fixture's README.md.
//
// Usage: npx tsx scripts/openapi-meta-fixture.ts <aliyun-openapi-meta checkout or git dir> [revision]
// A checkout is read from its files (metadatas/<product>/<Action>.json); a git directory without a work tree
// (a bare clone) is read with `git show <revision>:…` (default HEAD). The fixture's `differences` — the ones the
// catalogue means, each with its reason — are kept as they are: only the facts from Alibaba are rewritten.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'prettier';
import { ACTIONS } from '../src/domain/openapi/actions';
import {
  metaFixtureSchema,
  metaParamSchema,
  type MetaFixture,
  type MetaParam,
} from '../src/domain/openapi/openapi-meta-fixture';

const FIXTURE = fileURLToPath(new URL('../src/domain/openapi/fixtures/openapi-meta.json', import.meta.url));
const [source, revision = 'HEAD'] = process.argv.slice(2);
if (!source) {
  console.error(
    'Usage: npx tsx scripts/openapi-meta-fixture.ts <aliyun-openapi-meta checkout or git dir> [revision]',
  );
  process.exit(2);
}
const git = (...args: string[]) => execFileSync('git', ['-C', source, ...args], { encoding: 'utf8' });
const worktree = existsSync(join(source, 'metadatas'));
const commit = git('rev-parse', worktree ? 'HEAD' : revision).trim();
const read = (path: string): string | undefined => {
  if (worktree) return existsSync(join(source, path)) ? readFileSync(join(source, path), 'utf8') : undefined;
  try {
    return git('show', `${commit}:${path}`);
  } catch {
    return undefined;
  }
};

/** Keeps only the facts the test compares: a meta file's parameters also carry positions and descriptions. */
function facts(raw: unknown, where: string): Record<string, MetaParam> {
  const params = (raw as { parameters?: unknown[] }).parameters;
  if (!Array.isArray(params))
    throw new Error(`${where}: no "parameters" array — has the meta format changed?`);
  return Object.fromEntries(
    params.map((p, i) => {
      const { name, type, required, sub_parameters: sub } = p as Record<string, unknown>;
      if (typeof name !== 'string' || typeof type !== 'string')
        throw new Error(`${where}: parameter ${i} has no name or type.`);
      const fact = metaParamSchema.parse({
        type,
        required: required === true,
        ...(Array.isArray(sub) ? { sub: facts({ parameters: sub }, `${where} ${name}`) } : {}),
      });
      return [name, fact];
    }),
  );
}

const old: MetaFixture | undefined = existsSync(FIXTURE)
  ? metaFixtureSchema.parse(JSON.parse(readFileSync(FIXTURE, 'utf8')))
  : undefined;
const actions: MetaFixture['actions'] = {};
const missing: string[] = [];
for (const key of [...ACTIONS.keys()].sort()) {
  const [product, action] = key.split('.') as [string, string];
  const path = `metadatas/${product.toLowerCase()}/${action}.json`;
  const text = read(path);
  if (text === undefined) {
    missing.push(`${key} (${path})`);
    continue;
  }
  actions[key] = { path, parameters: facts(JSON.parse(text), path) };
}
if (missing.length) {
  console.error(
    `No meta file for: ${missing.join(', ')}. Is ${source} a copy of aliyun/aliyun-openapi-meta?`,
  );
  process.exit(1);
}
const fixture: MetaFixture = {
  source: {
    repo: 'aliyun/aliyun-openapi-meta',
    commit,
    files: 'metadatas/<product>/<Action>.json',
    regenerate:
      'npx tsx scripts/openapi-meta-fixture.ts <local copy> (src/domain/openapi/fixtures/README.md)',
  },
  differences: old?.differences ?? [],
  actions,
};
writeFileSync(FIXTURE, await format(JSON.stringify(fixture), { parser: 'json' }));
console.log(`${Object.keys(actions).length} actions from aliyun/aliyun-openapi-meta@${commit} → ${FIXTURE}`);
