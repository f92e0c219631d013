// Most posts' front matter is a few `key: plain words` lines. Those are read here without the YAML
// parser (which costs more than parsing the rest of a short post and a module load); anything YAML
// could read differently — quotes, lists, numbers, booleans, nulls, comments, indentation, a
// repeated key — returns undefined and goes to the full parser. tests/load/simple-front-matter.test.ts
// checks that both agree wherever this one answers.
import { verbatimSegment } from '../core/position.js';
import { MEDIA_KEYS, SETTING_KEYS, isMediaPath, normaliseData, type ParsedFrontMatter } from './front-matter.js';

const LINE = /^([A-Za-z][A-Za-z0-9_-]*):[ ]+(\S.*)$/;
/** Characters a plain YAML scalar may not start with (indicators), digits and signs (numbers). */
const RISKY_START = /^[-?:,[\]{}#&*!|>'"%@`~+.0-9]/;
/** A colon before a space or at the end (a nested mapping), " #" (a comment), tabs and control characters. */
const RISKY_INSIDE = /:(?: |$)| #|[\t\u0000-\u001f\u007f-\u009f\ufeff]/;
/** Words the YAML core schema reads as booleans or null. */
const KEYWORD = /^(?:true|false|null)$/i;
/** A calendar date: a string in the YAML 1.2 core schema (no timestamp type). */
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseSimpleFrontMatter(yamlText: string, offset: number): ParsedFrontMatter | undefined {
  if (yamlText.includes('\r')) return undefined;
  const raw: Record<string, string> = {};
  const result: ParsedFrontMatter = { data: {}, segments: [], media: [] };
  let at = 0;
  for (const line of yamlText.split('\n')) {
    const lineStart = at;
    at += line.length + 1;
    if (line === '') continue;
    const match = LINE.exec(line);
    if (!match) return undefined;
    const key = match[1]!;
    const value = match[2]!;
    if (Object.hasOwn(raw, key) || key === '__proto__') return undefined;
    if (value.endsWith(' ') || RISKY_INSIDE.test(value) || KEYWORD.test(value)) return undefined;
    if (RISKY_START.test(value) && !DATE.test(value)) return undefined;
    raw[key] = value;
    const valueAt = lineStart + line.length - value.length;
    const lower = key.toLowerCase();
    if (MEDIA_KEYS.has(lower) || (!SETTING_KEYS.has(lower) && isMediaPath(value))) result.media.push({ ref: value, offset: offset + valueAt });
    else if (!SETTING_KEYS.has(lower)) result.segments.push(verbatimSegment('front-matter', value, offset + valueAt, key));
  }
  result.data = normaliseData(raw);
  return result;
}
