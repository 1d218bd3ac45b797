// POSIX shell quoting for values the CLI export prints. Plain IDs, regions and numbers stay bare so the script
// reads like the aliyun CLI docs (`aliyun cbn CreateCen --Name …`); anything else is single-quoted, the quote
// itself written as '\'' (the only character single quotes cannot hold).
const BARE = /^[A-Za-z0-9_@%+=:,./-]+$/;

export function shellQuote(value: string): string {
  if (value !== '' && BARE.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}
