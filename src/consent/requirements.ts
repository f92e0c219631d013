// What consent a post needs, from its channel (website, social, newsletter …) and media.
import type { Post } from '../core/types.js';
import type { Pupil } from './record.js';

export type ChannelKind = 'website' | 'social' | 'newsletter' | 'unknown';
export type ConsentNeed = 'name' | 'photo-website' | 'photo-social' | 'video';

const SOCIAL = new Set(['social', 'facebook', 'instagram', 'x', 'twitter', 'tiktok', 'linkedin', 'youtube', 'threads', 'bluesky', 'mastodon', 'snapchat', 'whatsapp']);
const WEBSITE = new Set(['website', 'web', 'blog', 'news', 'site']);
const NEWSLETTER = new Set(['newsletter', 'email', 'e-mail', 'print', 'prospectus', 'bulletin']);

export function channelKind(post: Post): ChannelKind {
  const raw = (post.frontMatter.channel ?? '').toLowerCase().trim();
  if (raw === '') return post.kind === 'html' || post.kind === 'markdown' ? 'website' : 'unknown';
  if (SOCIAL.has(raw)) return 'social';
  if (WEBSITE.has(raw)) return 'website';
  if (NEWSLETTER.has(raw)) return 'newsletter';
  return 'unknown';
}

export function channelLabel(kind: ChannelKind): string {
  return kind === 'social' ? 'social media' : kind === 'website' ? 'the school website' : kind === 'newsletter' ? 'the newsletter' : 'this channel';
}

/** The consents a pupil named in this post must have. */
export function consentNeeds(post: Post): ConsentNeed[] {
  const needs: ConsentNeed[] = ['name'];
  const media = post.attachments;
  const hasPhoto = media.some((a) => a.medium === 'photo');
  const hasVideo = media.some((a) => a.medium === 'video');
  const channel = channelKind(post);
  if (hasPhoto) {
    if (channel === 'social' || channel === 'unknown') needs.push('photo-social');
    if (channel !== 'social') needs.push('photo-website');
  }
  if (hasVideo) needs.push('video');
  return needs;
}

export function hasConsent(pupil: Pupil, need: ConsentNeed): boolean {
  switch (need) {
    case 'name':
      return pupil.namePublished;
    case 'photo-website':
      return pupil.photoWebsite;
    case 'photo-social':
      return pupil.photoSocial;
    case 'video':
      return pupil.video;
  }
}

export function describeNeed(need: ConsentNeed, channel: ChannelKind): string {
  switch (need) {
    case 'name':
      return 'consent to be named';
    case 'photo-website':
      return `photo consent for ${channel === 'newsletter' ? 'the newsletter' : 'the school website'}`;
    case 'photo-social':
      return 'photo consent for social media';
    case 'video':
      return 'video consent';
  }
}

