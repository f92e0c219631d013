// A small consent record shared by the consent rule tests.
export const HEADER = 'first_name,last_name,preferred_name,year_group,photo_website,photo_social,video,name_published,do_not_publish,withdrawn_on,expires_on';
export const RECORD = [
  HEADER,
  'Amelia,Smith,,4,Y,N,N,Y,N,,',
  'Oscar,Brown,,4,Y,Y,Y,Y,N,,',
  'Jayden,Cole,,5,Y,Y,Y,Y,Y,,',
  'Ruby,Khan,,3,Y,Y,Y,Y,N,2026-02-14,',
  'Leo,Ward,,3,Y,Y,Y,Y,N,,2025-12-31',
  'Ella,Roberts,,2,Y,Y,Y,Y,N,,',
  'Ella,Ahmed,,2,Y,N,Y,Y,N,,',
  'Noah,Price,,6,Y,Y,Y,Y,N,,',
  'Noah,Price,,6,Y,N,Y,Y,N,,',
  'Freya,Hill,,6,Y,Y,Y,N,N,,',
].join('\n');

/**
 * A record giving one first name to many pupils, and a post using that name alone many times: every
 * use must still be judged (the rules judge a list of same-name pupils once and reuse the verdict).
 * `row(i)` gives the columns after first_name and last_name for the i-th pupil.
 */
export function manyNamesake(first: string, count: number, row: (i: number) => string, uses = 40): { consent: string; post: string } {
  const rows = Array.from({ length: count }, (_, i) => `${first},Family${i},${row(i)}`);
  const post = Array.from({ length: uses }, (_, i) => (i % 2 ? `Well done ${first}!` : `${first} read a poem in assembly.`)).join('\n\n');
  return { consent: [HEADER, ...rows].join('\n'), post };
}
