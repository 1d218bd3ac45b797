// The HCL both Terraform exports write (terraform.ts for Basic Edition, terraform-enterprise.ts for Enterprise):
// string literals that are never read as templates, and bodies laid out the way `terraform fmt` lays them out.

export type Value = string | number | boolean | { expr: string } | Value[];
export type Entry =
  [string, Value] | { block: string; entries: Entry[] } | { blank: true } | { comment: string };

/** HCL string literal: JSON escapes, plus $${ and %%{ so a value is never read as a template (HCL spec). */
export function hclString(value: string): string {
  // Function replacements: in a replacement string "$$" itself means one "$".
  return JSON.stringify(value)
    .replace(/\$\{/g, () => '$${')
    .replace(/%\{/g, () => '%%{');
}

function value(v: Value): string {
  if (typeof v === 'string') return hclString(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map(value).join(', ')}]`;
  return v.expr;
}

/** Renders a body the way `terraform fmt` lays it out: `=` aligned within each run of attribute lines. */
function body(entries: Entry[], indent: string): string[] {
  const lines: string[] = [];
  let run: [string, Value][] = [];
  const flush = () => {
    const width = Math.max(0, ...run.map(([k]) => k.length));
    for (const [k, v] of run) lines.push(`${indent}${k.padEnd(width)} = ${value(v)}`);
    run = [];
  };
  for (const entry of entries) {
    if (Array.isArray(entry)) {
      run.push(entry);
      continue;
    }
    flush();
    if ('blank' in entry) lines.push('');
    else if ('comment' in entry) lines.push(`${indent}# ${entry.comment}`);
    else lines.push(`${indent}${entry.block} {`, ...body(entry.entries, indent + '  '), `${indent}}`);
  }
  flush();
  return lines;
}

export const block = (head: string, entries: Entry[]) =>
  [`${head} {`, ...body(entries, '  '), '}'].join('\n');
export const ref = (expr: string): Value => ({ expr });
export const str = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
