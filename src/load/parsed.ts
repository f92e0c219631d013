import type { Suppression, TextSegment } from '../core/types.js';
import { hasMediaExtension } from '../images/format.js';
import { percentDecoded } from './decode.js';

/** An image or video the post references, before it is resolved on disk. */
export interface MediaReference {
  ref: string;
  /** Offset of the reference in the post source. */
  offset: number;
  medium?: 'photo' | 'video';
}

/**
 * Attributes whose text a reader meets: a tooltip, a screen reader's label, a component's caption
 * (`<Figure caption="…">` in MDX), a lightbox's caption (`data-caption`, fancybox and lightbox scripts).
 */
export const SHOWN_ATTRIBUTES = ['title', 'aria-label', 'caption', 'data-caption', 'data-title', 'data-description'];
/** An inline tag holding one of those, or a src (a component showing a photo): worth reading as HTML. */
export const SHOWN_ATTRIBUTE_IN_TAG = new RegExp(`\\s(?:${[...SHOWN_ATTRIBUTES, 'src'].join('|')})\\s*=`, 'i');

export interface ParsedBody {
  segments: TextSegment[];
  media: MediaReference[];
  suppressions: Suppression[];
  /** Links to pages (not to files shown with the post, not to an address): their web addresses are published too. */
  links?: PageLink[];
}

/** A link to a web page, as written in the post, at its place in the source. */
export interface PageLink {
  href: string;
  offset: number;
}

/**
 * The address a mailto: or tel: link dials or writes to ("mailto:jo@gmail.com?subject=…" →
 * "jo@gmail.com"), or the phone number a WhatsApp, Viber or Signal link opens a chat with
 * ("https://wa.me/447700900123" → "+447700900123"): it is published in the page even when the link
 * text hides it.
 */
export function contactAddress(href: string): string | undefined {
  const value = href.trim();
  const match = /^(?:mailto|tel|sms|callto):\s*([^?#]+)/i.exec(value);
  if (match) {
    const address = percentDecoded(match[1]!).trim();
    return address === '' ? undefined : address;
  }
  const chat = CHAT_NUMBER.exec(value);
  if (chat) {
    const digits = percentDecoded(chat[1] ?? chat[2] ?? chat[3] ?? '').replace(/[\s().-]/g, '');
    return /^\+?\d{7,15}$/.test(digits) ? `+${digits.replace(/^\+/, '')}` : undefined;
  }
  return profileHandle(value);
}

/**
 * The account a social-media profile link goes to, as an @mention ("https://www.instagram.com/
 * amelia_smith2016" → "@amelia_smith2016"): a link to a child's own account is a tag by another name.
 */
function profileHandle(href: string): string | undefined {
  const match = PROFILE.exec(href);
  if (!match) return undefined;
  const handle = match[1]!;
  return NOT_ACCOUNTS.has(handle.toLowerCase()) ? undefined : `@${handle}`;
}

const PROFILE =
  /^(?:https?:\/\/)?(?:(?:www|m|mobile|vm)\.)?(?:(?:instagram\.com|facebook\.com|fb\.com|twitter\.com|x\.com|threads\.net|snapchat\.com\/add)\/@?|(?:tiktok\.com|youtube\.com)\/@)([A-Za-z0-9_.]{2,30})(?=[/?#]|$)/i;
/** Paths of those sites that are pages of the site, not accounts. */
const NOT_ACCOUNTS = new Set([
  'p', 'reel', 'reels', 'explore', 'stories', 'accounts', 'tv', 'about', 'legal', 'help', 'privacy', 'groups', 'pages', 'events',
  'photo', 'photo.php', 'photos', 'watch', 'profile.php', 'sharer', 'sharer.php', 'share', 'share.php', 'story.php', 'permalink.php',
  'hashtag', 'home', 'search', 'i', 'intent', 'login', 'signup', 'settings', 'notifications', 'messages', 'video', 'videos', 'gaming',
  'marketplace', 'fundraisers', 'media', 'tos', 'policies', 'direct', 'web', 'embed', 'plugins', 'dialog',
]);

/** A chat app's link to one phone number: wa.me/<number>, WhatsApp's send?phone=, Viber's chat?number=, signal.me/#p/<number>. */
const CHAT_NUMBER =
  /^(?:https?:\/\/(?:www\.)?wa\.me\/([^/?#]+)|(?:https?:\/\/(?:api\.|web\.|www\.)?whatsapp\.com\/send\/?|whatsapp:\/\/send\/?|viber:\/\/(?:chat|add))\?(?:[^#]*&)?(?:phone|number)=([^&#]+)|https?:\/\/signal\.me\/#p\/([^/?#]+))/i;

/** A scheme ("https:", "data:") or a network path ("//host/…", "\\server\share"): not a file beside the post. */
const NOT_LOCAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/|\\\\)/i;

/** A link to a photo or video file beside the post, not a web address: the file is published with the post. */
export function isLocalMediaLink(href: string): boolean {
  const value = href.trim();
  return value !== '' && !NOT_LOCAL.test(value) && hasMediaExtension(value);
}
