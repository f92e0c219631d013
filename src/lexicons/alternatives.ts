// A lexicon term may list alternatives in braces, so a family of phrases is written once:
// "lost {his|her|their} {mum|dad}" is the four phrases "lost his mum" … "lost their dad", and an empty
// alternative makes words optional: "{now |}lives with {his|her} nan". Expanded when the lexicon is loaded
// (the matchers and dist/data.json see plain phrases), first group outermost.

/** Why a term's braces cannot be read, or undefined when they can. */
export function alternativesProblem(term: string): string | undefined {
  let open = false;
  for (const ch of term) {
    if (ch === '{') {
      if (open) return 'braces inside braces';
      open = true;
    } else if (ch === '}') {
      if (!open) return 'a "}" with no "{" before it';
      open = false;
    } else if (ch === '|' && !open) return 'a "|" outside braces';
  }
  return open ? 'a "{" that is not closed' : undefined;
}

/** Every phrase a term stands for, spaces collapsed; a term without braces is itself. */
export function expandAlternatives(term: string): string[] {
  if (!term.includes('{')) return [term];
  let phrases = [''];
  for (const part of term.split(/(\{[^{}]*\})/)) {
    const choices = part.startsWith('{') ? part.slice(1, -1).split('|') : [part];
    phrases = phrases.flatMap((phrase) => choices.map((choice) => phrase + choice));
  }
  return phrases.map((phrase) => phrase.replace(/\s+/g, ' ').trim()).filter((phrase) => phrase.length > 0);
}
