// Every catalogue action's parameters against Alibaba's metadata (openapi-meta-fixture.ts says what counts as
// drift; fixtures/README.md where the facts came from and how to regenerate them).
import { readFileSync } from 'node:fs';
import { ACTIONS } from './actions';
import { catalogueDrift, metaFixtureSchema, sameDrift, type Drift } from './openapi-meta-fixture';

const fixture = metaFixtureSchema.parse(
  JSON.parse(readFileSync(new URL('./fixtures/openapi-meta.json', import.meta.url), 'utf8')),
);
const show = (d: Drift) => `${d.action} ${d.param}: ${d.fact} — catalogue ${d.catalogue}, API ${d.meta}`;

const drifts = [...ACTIONS.values()].flatMap((spec) => {
  const meta = fixture.actions[`${spec.product}.${spec.action}`];
  return meta ? catalogueDrift(spec, meta.parameters) : [];
});

describe('the catalogue against aliyun/aliyun-openapi-meta', () => {
  it('has the API’s facts for every catalogue action, and for no other', () => {
    const keys = [...ACTIONS.keys()];
    const regenerate =
      'a catalogue action was added or removed: regenerate the facts (src/domain/openapi/fixtures/README.md)';
    expect(
      keys.filter((k) => !fixture.actions[k]),
      regenerate,
    ).toEqual([]);
    expect(
      Object.keys(fixture.actions).filter((k) => !ACTIONS.has(k)),
      regenerate,
    ).toEqual([]);
  });

  it('differs from the API only where the fixture says why', () => {
    const unexplained = drifts.filter((d) => !fixture.differences.some((l) => sameDrift(l, d)));
    expect(unexplained.map(show)).toEqual([]);
  });

  it('lists no difference that no longer occurs', () => {
    const stale = fixture.differences.filter((l) => !drifts.some((d) => sameDrift(l, d)));
    expect(stale.map(show)).toEqual([]);
  });
});
