import type { SegmentBuilder } from '../core/position.js';

/**
 * Appends `value` (parsed text) to a segment, mapped onto `source[start, end)` (its raw form, which may
 * hold escapes or entities). Runs of characters that match are mapped exactly; a character that
 * only exists decoded (an entity, an escape) is mapped to where its raw form starts. Offsets are
 * into `source`; `base` is added to them (for a fragment that starts inside a larger file).
 */
export function appendAligned(
  builder: SegmentBuilder,
  value: string,
  source: string,
  start: number,
  end: number,
  base = 0,
): void {
  if (source.slice(start, end) === value) {
    builder.append(value, base + start);
    return;
  }
  const scope = source.slice(0, end); // searches stop at `end`, not at the end of the file
  let i = 0;
  let j = start;
  while (i < value.length) {
    const runStart = i;
    const sourceRunStart = j;
    while (i < value.length && j < end && value[i] === source[j]) {
      i++;
      j++;
    }
    if (i > runStart) builder.append(value.slice(runStart, i), base + sourceRunStart);
    if (i >= value.length) break;
    if (j >= end) {
      // Text the source does not show (a replaced character threw the alignment off): keep it inside
      // the source range, so every offset still points into the file.
      const rest = value.slice(i);
      builder.append(rest, base + Math.max(0, Math.min(Math.max(start, end - 1), end - rest.length)));
      break;
    }
    if (source[j] === '\\') {
      j++;
      continue;
    }
    if (source[j] === '&') {
      const semi = scope.indexOf(';', j);
      builder.append(value[i]!, base + j);
      i++;
      j = semi !== -1 && semi < end && semi - j <= 32 ? semi + 1 : j + 1;
      continue;
    }
    // A character the parser replaced (NUL becomes U+FFFD): map one to one and stay aligned.
    const found = scope.indexOf(value[i]!, j);
    if (found === -1 || found >= end) {
      builder.append(value[i]!, base + j);
      i++;
      j++;
      continue;
    }
    // Whitespace collapsed or another transformation: skip a source character.
    j++;
  }
}
