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
