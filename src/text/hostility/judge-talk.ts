// Others' talk or treatment of the group judged, not the group (hate11): "The way some people talk about X is
// disgusting", "The way X are spoken about is shameful", "Anyone treating X as less than human can do one". The
// hostile word is said of the way others treat the group, or is the treatment itself; it names the group's abusers.
import type { Hit } from './types.js';
import type { Sentence } from './judge-sentence.js';

/** Openers a comment may put before its sentence: "Tbh the way …", "Honestly, anyone calling …". */
const FILLER = new Set(['tbh', 'honestly', 'ngl', 'imo', 'seriously', 'and', 'but', 'so', 'just', 'frankly', 'genuinely', 'i', 'mean']);
/** Words others treat or talk of the group with: "talk about X", "treat X", "speak to X". */
const TREATING = new Set(['talk', 'talks', 'talked', 'talking', 'speak', 'speaks', 'spoke', 'spoken', 'speaking', 'written', 'treat', 'treats', 'treated', 'treating', 'describe', 'describes', 'described', 'describing', 'call', 'calls', 'called', 'calling', 'portray', 'portrays', 'portrayed', 'portraying', 'label', 'labels', 'labelled', 'labelling', 'brand', 'brands', 'branded', 'branding', 'compare', 'compares', 'compared', 'comparing', 'write', 'writes', 'wrote', 'writing', 'refer', 'refers', 'referred', 'referring', 'paint', 'paints', 'painted', 'painting', 'dehumanise', 'dehumanises', 'dehumanised', 'dehumanising']);
/** What stands between the treating verb and the group: "talk about X", "speak to the X", "refer to X". */
const TO_GROUP = new Set(['about', 'to', 'of', 'the', 'these', 'those', 'our', 'all', 'with']);
/** Passive of treatment after the group: "the way X are spoken about", "how X get treated". */
const PASSIVE = new Set(['are', 'is', 'were', 'was', 'get', 'gets', 'got', 'being', 'been']);
/** People who do the treating, named generally: "Anyone treating X as …", "People calling X …". */
const WHOEVER = new Set(['anyone', 'anybody', 'everyone', 'people', 'those', 'someone', 'somebody', 'whoever']);

/** The hostile word judges others' talk or treatment of the group, or is that treatment, said of its doers. */
export function talkJudged(s: Sentence, hit: Hit): boolean {
  const [first] = s.sentenceTokens;
  let open = first;
  while (open < hit.match.firstToken && FILLER.has(s.tokens[open]!.norm)) open++;
  const opener = s.tokens[open]?.norm;
  const way = opener === 'the' && s.tokens[open + 1]?.norm === 'way' ? open + 2 : opener === 'how' ? open + 1 : -1;
  for (const g of s.groups) {
    if (g.place || g.pronoun || g.last >= hit.match.firstToken) continue;
    // "The way <others> talk about X is …" / "The way X are spoken about is …": the group treated, the way judged.
    if (way >= 0 && g.first >= way) {
      let k = g.first - 1;
      while (k >= way && TO_GROUP.has(s.tokens[k]!.norm)) k--;
      const object = k >= way && k < g.first - 0 && TREATING.has(s.tokens[k]!.norm);
      const passive = PASSIVE.has(s.tokens[g.last + 1]?.norm ?? '') && TREATING.has(s.tokens[g.last + 2]?.norm ?? '');
      if (object || passive) return true;
    }
    // "Anyone (in my mentions) treating X as less than human …": the treatment, said of whoever does it.
    const k = g.first - 1 - (TO_GROUP.has(s.tokens[g.first - 1]?.norm ?? '') ? 1 : 0);
    if (k > first && /ing$/.test(s.tokens[k]!.norm) && TREATING.has(s.tokens[k]!.norm)) {
      for (let j = k - 1; j >= Math.max(first, k - 4); j--) if (WHOEVER.has(s.tokens[j]!.norm)) return true;
    }
  }
  return false;
}
