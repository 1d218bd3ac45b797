// Step 1 (docs/reference/cen-api.md §2): CreateCen, DescribeCens, DeleteCen.
import type { HandlersOf, ItemOf, ReplyOf } from './action-context';
import { errors } from './cloud-error';
import { cbnTime, paginate } from './formats';
import { cenStatus } from './lifecycle';
import { activeCen } from './lookups';
import type { Cen } from './model';
import { trErrors } from './transit-router-errors';

type CenView = ItemOf<ReplyOf<'Cbn.DescribeCens'>['Cens']['Cen']>;

function cenView(cen: Cen, now: number, packageIds: string[]): CenView {
  return {
    CenId: cen.id,
    Name: cen.name,
    Description: cen.description,
    Status: cenStatus(cen, now),
    ProtectionLevel: cen.protectionLevel,
    // Minute precision, "2019-10-22T07:44Z" (docs/reference/cen-api.md §2 DescribeCens).
    CreationTime: cbnTime(cen.createdAt),
    Ipv6Level: 'DISABLED',
    ResourceGroupId: 'rg-acfmzdefaultgroup',
    Tags: { Tag: cen.tags.map((t) => ({ Key: t.Key, Value: t.Value ?? '' })) },
    CenBandwidthPackageIds: { CenBandwidthPackageId: packageIds },
  };
}

export const cenActions = {
  CreateCen(ctx, p) {
    const cen: Cen = {
      id: ctx.ids.id('cen-', 18),
      ownerUid: ctx.caller.uid,
      name: p.Name,
      description: p.Description ?? '',
      // REDUCED is the default (docs/reference/cen-api.md §2 CreateCen).
      protectionLevel: p.ProtectionLevel ?? 'REDUCED',
      tags: p.Tag ?? [],
      createdAt: ctx.now,
      readyAt: ctx.now + ctx.delayMs,
    };
    ctx.world.cens.push(cen);
    return { CenId: cen.id };
  },

  DescribeCens(ctx, p) {
    // Filters are ANDed, values within a filter ORed (docs/reference/cen-api.md §2 DescribeCens). An unknown
    // CenId is an empty list, not an error (§4).
    let list = ctx.world.cens.filter((c) => c.ownerUid === ctx.caller.uid);
    for (const f of p.Filter ?? []) {
      if (f.Key === 'CenId') list = list.filter((c) => f.Value.includes(c.id));
      else if (f.Key === 'Name') list = list.filter((c) => f.Value.includes(c.name));
    }
    const page = paginate(list, p.PageNumber, p.PageSize);
    return {
      ...page.head,
      Cens: {
        Cen: page.items.map((c) =>
          cenView(
            c,
            ctx.now,
            ctx.world.packages.filter((b) => b.cenId === c.id).map((b) => b.id),
          ),
        ),
      },
    };
  },

  DeleteCen(ctx, p) {
    const cen = activeCen(ctx, p.CenId);
    if (ctx.world.attachments.some((a) => a.cenId === cen.id)) throw errors.cenHasChildren();
    if (ctx.world.packages.some((b) => b.cenId === cen.id)) throw errors.cenHasPackages();
    // Enterprise Edition: its routers go first (docs/reference/enterprise-edition.md §2 teardown).
    if (ctx.world.transit.routers.some((r) => r.cenId === cen.id)) throw trErrors.cenHasRouters();
    cen.goneAt = ctx.now + ctx.delayMs;
    return {};
  },
} satisfies HandlersOf<'Cbn'>;
