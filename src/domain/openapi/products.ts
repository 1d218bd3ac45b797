// The Alibaba Cloud products the console talks to: version, style and endpoint rule
// (docs/reference/cen-api.md §1.1).
export type Product = 'Cbn' | 'Vpc' | 'Ecs' | 'Sts';

export interface ProductSpec {
  product: Product;
  version: string;
  /** central: one host for every region; regional: the host carries the region. */
  endpoint: 'central' | 'regional';
  host: (regionId?: string) => string;
}

export const PRODUCTS: Record<Product, ProductSpec> = {
  // CBN is central: cbn.aliyuncs.com for every region (alibabacloud-go/cbn-20170912 client.go:
  // EndpointRule = "central").
  Cbn: { product: 'Cbn', version: '2017-09-12', endpoint: 'central', host: () => 'cbn.aliyuncs.com' },
  // VPC is regional. GrantInstanceToCen's doc names vpc.aliyuncs.com with the region in RegionId; both hosts work.
  Vpc: {
    product: 'Vpc',
    version: '2016-04-28',
    endpoint: 'regional',
    host: (regionId) => (regionId ? `vpc.${regionId}.aliyuncs.com` : 'vpc.aliyuncs.com'),
  },
  Ecs: {
    product: 'Ecs',
    version: '2014-05-26',
    endpoint: 'regional',
    host: (regionId) => (regionId ? `ecs.${regionId}.aliyuncs.com` : 'ecs.aliyuncs.com'),
  },
  // STS AssumeRole, for an Account B reached by role from A.
  Sts: { product: 'Sts', version: '2015-04-01', endpoint: 'central', host: () => 'sts.aliyuncs.com' },
};

/** Which product a host belongs to, as the mock cloud's router sees it. */
export function productOfHost(host: string): Product | undefined {
  const h = host.toLowerCase().split(':')[0] ?? '';
  if (h === 'cbn.aliyuncs.com') return 'Cbn';
  if (h === 'sts.aliyuncs.com') return 'Sts';
  if (/^vpc(\.[a-z0-9-]+)?\.aliyuncs\.com$/.test(h)) return 'Vpc';
  if (/^ecs(\.[a-z0-9-]+)?\.aliyuncs\.com$/.test(h) || h === 'ecs-cn-hangzhou.aliyuncs.com') return 'Ecs';
  return undefined;
}
