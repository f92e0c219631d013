import type { AuditResult } from '../core/types.js';
import { formatHuman } from './human.js';
import { formatJson } from './json.js';

export interface FormatOptions {
  color: boolean;
  quiet: boolean;
}

export type Formatter = (result: AuditResult, options: FormatOptions) => string;

/** Every output format by name; each formatter is a plain function in its own file. */
export const formatters: Record<string, Formatter> = {
  human: (result, options) => formatHuman(result, options),
  json: (result) => formatJson(result),
};
