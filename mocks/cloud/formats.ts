// Wire formats that differ by product (docs/reference/cen-api.md §8.6): CBN times have minute precision
// ("2019-10-22T07:44Z"), VPC and ECS times have seconds ("2021-04-18T15:02:37Z").

export function cbnTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 16) + 'Z';
}

export function vpcTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19) + 'Z';
}

export interface Page<T> {
  items: T[];
  pageNumber: number;
  pageSize: number;
  totalCount: number;
}

/**
 * PageNumber/PageSize paging; the catalogue schema already refused sizes above the action's maximum
 * (docs/reference/cen-api.md §7).
 */
export function paginate<T>(all: readonly T[], pageNumber = 1, pageSize = 10): Page<T> {
  const start = (pageNumber - 1) * pageSize;
  return { items: all.slice(start, start + pageSize), pageNumber, pageSize, totalCount: all.length };
}

/** NextToken/MaxResults paging: the token is the next offset, opaque to clients. */
export function paginateByToken<T>(
  all: readonly T[],
  nextToken: string | undefined,
  maxResults: number,
): { items: T[]; nextToken: string } {
  const start = nextToken ? Number.parseInt(nextToken, 10) || 0 : 0;
  const end = start + maxResults;
  return { items: all.slice(start, end), nextToken: end < all.length ? String(end) : '' };
}
