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
  /** Optional: the date the pupil left the school (a pupil who has left counts as withdrawn). */
  'left_on',
  /** Optional: Y/N, whether the pupil is still on roll (N counts as withdrawn). */
  'on_roll',
] as const;
export type ConsentColumn = (typeof CONSENT_COLUMNS)[number];
/** Kept for readability where every column is meant. */
export const RECORD_COLUMNS = CONSENT_COLUMNS;
export type RecordColumn = ConsentColumn;
