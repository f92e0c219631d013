/** The consent record's columns, by our names; the config maps them to a school's own headers. */
export const CONSENT_COLUMNS = [
  'first_name',
  'last_name',
  'preferred_name',
  'year_group',
  'photo_website',
  'photo_social',
  'video',
  'name_published',
  'do_not_publish',
  'withdrawn_on',
  'expires_on',
] as const;
export type ConsentColumn = (typeof CONSENT_COLUMNS)[number];
