// Wire formats that differ by product (docs/reference/cen-api.md §8.6): CBN times have minute precision
// ("2019-10-22T07:44Z"), VPC and ECS times have seconds ("2021-04-18T15:02:37Z").

export function cbnTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 16) + 'Z';
}

export function vpcTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19) + 'Z';
}

/** A page of a list, with the head of the reply that says which page it is, in the product's wire names. */
export interface Page<T, Head> {
  head: Head;
  items: T[];
}

/**
 * PageNumber/PageSize paging; the catalogue schema already refused sizes above the action's maximum
 * (docs/reference/cen-api.md §7).
 */
export function paginate<T>(
  all: readonly T[],
  pageNumber = 1,
  pageSize = 10,
): Page<T, { TotalCount: number; PageNumber: number; PageSize: number }> {
  const start = (pageNumber - 1) * pageSize;
  return {
    head: { TotalCount: all.length, PageNumber: pageNumber, PageSize: pageSize },
    items: all.slice(start, start + pageSize),
  };
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

/**
 * CBN's NextToken/MaxResults lists (the grants to a CEN, the transit routers' lists): MaxResults 20 when left out,
 * and a reply that counts the whole list and echoes MaxResults beside NextToken (docs/reference/cen-api.md §7,
 * docs/reference/enterprise-edition.md §2).
 */
export function paginateCbnByToken<T>(
  all: readonly T[],
  p: { NextToken?: string | undefined; MaxResults?: number | undefined },
): Page<T, { TotalCount: number; MaxResults: number; NextToken: string }> {
  const maxResults = p.MaxResults ?? 20;
  const page = paginateByToken(all, p.NextToken, maxResults);
  return {
    head: { TotalCount: all.length, MaxResults: maxResults, NextToken: page.nextToken },
    items: page.items,
  };
}
