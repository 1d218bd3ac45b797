// Lists are read to the end, page by page (a picker offers every page of DescribeVpcs / …), so a tenant with more
// networks than one page still sees all of them. Page sizes are each action's maximum (docs/reference/cen-api.md
// §7).
export interface Page<T> {
  items: T[];
  totalCount: number;
}

/** PageNumber/PageSize lists; stops at TotalCount, an empty page, or a safety cap of 100 pages. */
export async function readAllPages<T>(fetchPage: (pageNumber: number) => Promise<Page<T>>): Promise<T[]> {
  const all: T[] = [];
  for (let pageNumber = 1; pageNumber <= 100; pageNumber += 1) {
    const page = await fetchPage(pageNumber);
    all.push(...page.items);
    if (page.items.length === 0 || all.length >= page.totalCount) break;
  }
  return all;
}

/** NextToken lists (Cbn DescribeGrantRulesToCen); stops when no token comes back. */
export async function readAllTokens<T>(
  fetchPage: (nextToken: string | undefined) => Promise<{ items: T[]; nextToken?: string | undefined }>,
): Promise<T[]> {
  const all: T[] = [];
  let token: string | undefined;
  for (let i = 0; i < 100; i += 1) {
    const page = await fetchPage(token);
    all.push(...page.items);
    if (!page.nextToken || page.items.length === 0) break;
    token = page.nextToken;
  }
  return all;
}
