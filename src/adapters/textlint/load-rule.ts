import type { TextlintKernelRule } from '@textlint/kernel';

type TextlintRuleModule = TextlintKernelRule['rule'];

/**
 * CommonJS rule packages compiled from ESM arrive as `{ default: { default: rule } }` through
 * Node's ESM loader; unwrap until we reach the rule (a function or `{ linter, fixer }`).
 */
export function unwrapRule(mod: unknown, name: string): TextlintKernelRule['rule'] {
  let current = mod;
  for (let i = 0; i < 3; i++) {
    if (typeof current === 'function') return current as TextlintRuleModule;
    if (isObject(current) && typeof current.linter === 'function') {
      return current as unknown as TextlintRuleModule;
    }
    if (isObject(current) && 'default' in current) {
      current = current.default;
      continue;
    }
    break;
  }
  throw new Error(`textlint rule ${name} did not load as a rule module`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
