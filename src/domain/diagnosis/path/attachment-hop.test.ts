// The attachment hops' outcomes the scenarios in path.test.ts do not reach, through diagnosePath.
import { diagnosePath } from '../path';
import { forbiddenIn, hopOf, tutorialPath } from '../../test-support/diagnosis-world';

describe('attachment hops', () => {
  it('a VPC Detaching is blocked with its status named', () => {
    const r = diagnosePath(tutorialPath({ bAttachStatus: 'Detaching' }));
    const h = hopOf(r.aToB, 'target-attachment');
    expect(h).toMatchObject({ verdict: 'blocked', account: 'A' });
    expect(h.evidence.message).toMatchObject({ key: 'path.attach.status', params: { status: 'Detaching' } });
    expect(h.fix?.message.key).toBe('path.attach.status.fix');
  });

  it('an unreadable attachment list makes both attachment hops unknown in Account A', () => {
    const input = tutorialPath();
    input.attachments = forbiddenIn('A', 'Cbn.DescribeCenAttachedChildInstances');
    const r = diagnosePath(input);
    for (const id of ['source-attachment', 'target-attachment'] as const) {
      const h = hopOf(r.aToB, id);
      expect(h).toMatchObject({ verdict: 'unknown', account: 'A', failure: { account: 'A' } });
      expect(h.fix?.message.key).toBe('common.notInspected.permission.fix');
    }
  });
});
