// Builds posts and records in memory for the consent matcher's unit tests.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ResolvedConfig } from '../../src/config/schema.js';
import { prepareNameKnowledge } from '../../src/consent/knowledge.js';
import { findPupilMentions } from '../../src/consent/mentions.js';
import { findUnknownNames } from '../../src/consent/people.js';
import { parseConsentRecord, type ConsentRecord } from '../../src/consent/record.js';
import type { Post } from '../../src/core/types.js';
import { loadPost } from '../../src/load/post.js';

export const HEADER = 'first_name,last_name,preferred_name,year_group,photo_website,photo_social,video,name_published,do_not_publish,withdrawn_on,expires_on';

export async function postFrom(markdown: string, file = 'post.md'): Promise<Post> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'post-audit-consent-'));
  try {
    writeFileSync(path.join(dir, file), markdown);
    return await loadPost(path.join(dir, file), { root: dir });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function recordFrom(rows: string[]): Promise<ConsentRecord> {
  return parseConsentRecord([HEADER, ...rows].join('\n'), 'consent.csv');
}

/** The names found as pupils: "text → First Last, …". */
export async function pupilsIn(markdown: string, record: ConsentRecord, config: Partial<ResolvedConfig> = {}): Promise<string[]> {
  await prepareNameKnowledge();
  const post = await postFrom(markdown);
  return findPupilMentions(post, record, { root: '/', ...config }).map(
    (m) => `${m.text} → ${m.pupils.map((p) => `${p.firstName} ${p.lastName}`).join(' / ')}${m.fullName ? ' (full)' : ''}`,
  );
}

export async function unknownIn(markdown: string, record?: ConsentRecord, config: Partial<ResolvedConfig> = {}): Promise<string[]> {
  const k = await prepareNameKnowledge();
  const post = await postFrom(markdown);
  return findUnknownNames(post, record, { root: '/', ...config }, k).map((n) => n.text);
}

/** Everything found as a person: pupils and unknown names. */
export async function peopleIn(markdown: string, record?: ConsentRecord, config: Partial<ResolvedConfig> = {}): Promise<string[]> {
  const k = await prepareNameKnowledge();
  const post = await postFrom(markdown);
  const cfg = { root: '/', ...config };
  const pupils = record ? findPupilMentions(post, record, cfg).map((m) => m.text) : [];
  return [...pupils, ...findUnknownNames(post, record, cfg, k).map((n) => n.text)];
}
