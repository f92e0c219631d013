import { describe, expect, it } from 'vitest';
import { applyEdits, firstNameEdit, offsetOf, relinkEdit, suppressionEdit } from '../../src/cli/fix/edits.js';
import { cleanCopyRef } from '../../src/cli/fix/strip-location.js';
import { guessColumns, columnsForConfig } from '../../src/cli/init/columns.js';
import type { Finding } from '../../src/core/types.js';

const finding = (ruleId: string, location: Finding['location']): Finding => ({ ruleId, severity: 'error', message: 'm', location, citations: [] });

describe('fix edits', () => {
  const source = '---\ntitle: Trip\n---\n\n# Day one\n\nWell done Teddy Pemberton and Seun,\nwho built a castle.\n';

  it('offsets from 1-based lines and columns', () => {
    expect(source.slice(offsetOf(source, 7, 11), offsetOf(source, 7, 26))).toBe('Teddy Pemberton');
  });

  it('full name → first name', () => {
    const edit = firstNameEdit(source, finding('consent/full-name-with-media', { file: 'p.md', line: 7, column: 11, endLine: 7, endColumn: 26 }))!;
    expect(applyEdits(source, [edit]).text).toContain('Well done Teddy and Seun,');
  });

  it('a suppression goes before the first line of the paragraph, or after the front matter for front-matter findings', () => {
    const inParagraph = suppressionEdit(source, finding('text/x', { file: 'p.md', line: 8, column: 5 }), 'a reason -->');
    expect(applyEdits(source, [inParagraph]).text).toContain('\n\n<!-- audit-ignore text/x: a reason -->\nWell done');
    const inFrontMatter = suppressionEdit(source, finding('post/approval', { file: 'p.md', line: 1, column: 1 }), 'approved by phone');
    expect(applyEdits(source, [inFrontMatter]).text).toMatch(/^---\ntitle: Trip\n---\n\n<!-- audit-ignore-file post\/approval: approved by phone -->\n/);
  });

  it('clean-copy links keep the folder, query and fragment', () => {
    expect(cleanCopyRef('../photos/trip-beach.jpg')).toBe('../photos/trip-beach.clean.jpg');
    expect(cleanCopyRef('/i/blog/x.JPEG?w=300#top')).toBe('/i/blog/x.clean.JPEG?w=300#top');
  });
});

describe('consent column guessing (audit init)', () => {
  it('maps a typical MIS export header', () => {
    const guess = guessColumns(['Forename', 'Surname', 'Preferred Forename', 'NC Year', 'Website Photo', 'Social Media Photo', 'Video Consent', 'Publish Name', 'Do Not Publish', 'Date Withdrawn', 'Expiry Date']);
    expect(guess).toMatchObject({
      first_name: 'Forename',
      last_name: 'Surname',
      preferred_name: 'Preferred Forename',
      year_group: 'NC Year',
      photo_website: 'Website Photo',
      photo_social: 'Social Media Photo',
      video: 'Video Consent',
      name_published: 'Publish Name',
      do_not_publish: 'Do Not Publish',
      withdrawn_on: 'Date Withdrawn',
      expires_on: 'Expiry Date',
    });
  });

  it('the config records only headers that differ from ours', () => {
    expect(columnsForConfig(guessColumns(['first_name', 'last_name', 'video']))).toBeUndefined();
    expect(columnsForConfig({ first_name: 'Forename', last_name: 'last_name' })).toEqual({ first_name: 'Forename' });
  });
});

// Found by hand (hard2): "![photo ../photos/a.jpg](../photos/a.jpg)" had its alt text relinked and the
// link left on the photo with GPS, and a link markdown-it normalised ("<my photo.jpg>" → my%20photo.jpg)
// was not found at all, while --fix said "linked the post to it".
describe('relinkEdit', () => {
  const relink = (source: string, ref: string) => {
    const edit = relinkEdit(source, ref, cleanCopyRef(ref), source.indexOf('!['));
    return edit ? applyEdits(source, [edit]).text : undefined;
  };

  it('changes a Markdown image\'s destination, not the same path in its alt text', () => {
    expect(relink('Hi ![see ../p/a.jpg](../p/a.jpg)\n', '../p/a.jpg')).toBe('Hi ![see ../p/a.jpg](../p/a.clean.jpg)\n');
    expect(relink('![a [../p/a.jpg] \\] b](../p/a.jpg)', '../p/a.jpg')).toBe('![a [../p/a.jpg] \\] b](../p/a.clean.jpg)');
  });

  it('finds a destination written with spaces that markdown-it percent-encoded', () => {
    expect(relink('![y](<../p/my photo.jpg>)', '../p/my%20photo.jpg')).toBe('![y](<../p/my photo.clean.jpg>)');
  });

  it('an HTML src is found from its own offset', () => {
    const source = '<img alt="../p/a.jpg" src="../p/a.jpg">';
    const edit = relinkEdit(source, '../p/a.jpg', '../p/a.clean.jpg', source.indexOf('src="') + 5)!;
    expect(applyEdits(source, [edit]).text).toBe('<img alt="../p/a.jpg" src="../p/a.clean.jpg">');
  });
});

// Found by hand (hard2): "PEMBERTON, Teddy" was "fixed" to "PEMBERTON," — the surname kept, the first
// name dropped — while --fix said it had replaced a full name by the first name.
describe('firstNameEdit', () => {
  const pupils = [
    { firstName: 'Theodore', lastName: 'Pemberton', preferredName: 'Teddy' },
    { firstName: 'Amy', lastName: 'Pemberton' },
    { firstName: 'Amelia', lastName: 'Okonkwo-Hart' },
  ];
  const fix = (text: string, withRecord = true) => {
    const source = `Well done ${text} today.`;
    const f = finding('consent/full-name-with-media', { file: 'p.md', line: 1, column: 11, endLine: 1, endColumn: 11 + text.length });
    const edit = firstNameEdit(source, f, withRecord ? pupils : undefined);
    return edit ? applyEdits(source, [edit]).text : undefined;
  };

  it('keeps the pupil\'s own given name, wherever the surname stands', () => {
    expect(fix('PEMBERTON, Teddy')).toBe('Well done Teddy today.');
    expect(fix('Teddy Pemberton')).toBe('Well done Teddy today.');
    expect(fix('Amy PEMBERTON')).toBe('Well done Amy today.');
    expect(fix('Okonkwo-Hart, Amelia')).toBe('Well done Amelia today.');
  });

  it('makes no edit when the record does not say which word is the given name', () => {
    expect(fix('Pemberton Smith')).toBeUndefined();
    expect(fix('PEMBERTON, Teddy', false)).toBeUndefined();
    expect(fix('Teddy Pemberton', false)).toBe('Well done Teddy today.');
  });
});
