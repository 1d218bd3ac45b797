// The attachment hops: each end's VPC is attached to this CEN and Attached — routes are learned only then.
import { msg } from '../message-builder';
import { hopResult } from './hop-result';
import type { Hop, PathEnd, PathInput } from './path-types';

export function attachmentHop(
  id: 'source-attachment' | 'target-attachment',
  input: PathInput,
  end: PathEnd,
): Hop {
  const title = msg(id === 'source-attachment' ? 'path.hop.sourceAttachment' : 'path.hop.targetAttachment', {
    vpc: end.vpcId,
  });
  // The attachment list is read with Account A's keys (the CEN owner), and A is the one to act.
  const result = hopResult(id, title, 'A');
  const base = { kind: 'attachment' as const, vpcId: end.vpcId };
  if (!input.attachments.ok) return result.notInspected(base, input.attachments.failure);
  const att = input.attachments.value.find(
    (a) => a.ChildInstanceId === end.vpcId && (a.CenId === undefined || a.CenId === input.cenId),
  );
  const params = { vpc: end.vpcId, cen: input.cenId };
  if (!att)
    return result('blocked', msg('path.attach.missing', params), base, {
      message: msg('path.attach.missing.fix', params),
    });
  const data = { ...base, status: att.Status };
  // Attaching → Attached; Detaching (docs/reference/cen-api.md §3). Routes are learned only once Attached.
  if (att.Status === 'Attached') return result('pass', msg('path.attach.attached', params), data);
  const attaching = att.Status === 'Attaching';
  return result(
    'blocked',
    msg(attaching ? 'path.attach.attaching' : 'path.attach.status', { ...params, status: att.Status }),
    data,
    { message: msg(attaching ? 'path.attach.attaching.fix' : 'path.attach.status.fix', params) },
  );
}
