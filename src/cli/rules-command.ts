import { rules } from '../rules/index.js';
import { citationsFor, loadPolicy } from '../policies/loader.js';
import { citationLines } from '../report/citations.js';
import { printable } from '../report/printable.js';

export async function rulesCommand(options: { policy: string; format: string }): Promise<string> {
  const pack = await loadPolicy(options.policy);
  if (options.format === 'json') {
    const list = rules.map((rule) => ({
      id: rule.meta.id,
      description: rule.meta.description,
      severity: rule.meta.severity,
      inputs: rule.meta.inputs,
      citations: citationsFor(pack, rule.meta.id),
    }));
    return JSON.stringify({ policy: pack.id, name: pack.name, rules: list }, null, 2) + '\n';
  }
  const lines = [`Rules checked under ${printable(pack.name)} (${pack.id}):`, ''];
  for (const rule of rules) {
    lines.push(`${rule.meta.id.padEnd(30)} ${rule.meta.severity.padEnd(8)} ${rule.meta.description}`);
    for (const line of citationLines(citationsFor(pack, rule.meta.id), pack)) lines.push(`${' '.repeat(40)}${line}`);
  }
  return lines.join('\n') + '\n';
}
