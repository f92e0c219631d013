import { UsageError } from '../core/errors.js';
import { BUILT_IN_POLICIES, citationsFor, loadPolicy } from '../policies/loader.js';
import { citationLines } from '../report/citations.js';
import { findRule, rules } from '../rules/index.js';

export async function explainCommand(ruleId: string): Promise<string> {
  const rule = findRule(ruleId);
  if (!rule) {
    const close = rules.map((r) => r.meta.id).filter((id) => id.split('/')[1] === ruleId || id.startsWith(ruleId));
    const hint = close.length > 0 ? ` — did you mean ${close.join(', ')}?` : ' — run `audit rules` for the list';
    throw new UsageError(`unknown rule "${ruleId}"${hint}`);
  }
  const { meta } = rule;
  const lines = [
    `${meta.id} (${meta.severity})`,
    '',
    meta.description,
    '',
    meta.docs.details,
    '',
    'Fires on:',
    ...meta.docs.fires.map((example) => `  ✖ ${example}`),
    'Does not fire on:',
    ...meta.docs.passes.map((example) => `  ✔ ${example}`),
    '',
    `How to fix: ${meta.docs.fix}`,
    '',
    'Policy sections:',
  ];
  for (const id of BUILT_IN_POLICIES) {
    const pack = await loadPolicy(id);
    for (const line of citationLines(citationsFor(pack, meta.id), pack)) lines.push(`  ${line}`);
  }
  return lines.join('\n') + '\n';
}
