// The kinds of browser action the UI walk is counted in (walk-action-reporter.ts) and its floor repeats
// (walk-floor.spec.ts). Playwright titles its steps by what they do ("Click getByRole(…)", 'Fill "8" getByLabel(…)',
// 'Navigate to "/"', 'Expect "toBeVisible"'); the kind is the verb, or the matcher for an assertion.
export type WalkActions = Partial<Record<string, number>>;

export function actionKind(category: string, title: string): string {
  if (category === 'expect') {
    const matcher = /\b(not\.)?(to[A-Z]\w*)/.exec(title);
    return `expect.${matcher ? `${matcher[1] ?? ''}${matcher[2]}` : 'other'}`;
  }
  const verb =
    /^(Click|Fill|Check|Uncheck|Navigate|Get attribute|Press|Type|Hover|Select option|Is \w+)/.exec(title);
  return verb ? verb[1]!.toLowerCase() : 'other';
}
