// Every rule the auditor runs. Rules are light to import: anything heavy is loaded inside `check`.
import type { Rule } from '../core/types.js';
import { ambiguousName } from './consent/ambiguous-name.js';
import { doNotPublish } from './consent/do-not-publish.js';
import { fullNameWithMedia } from './consent/full-name-with-media.js';
import { noConsent } from './consent/no-consent.js';
import { unknownName } from './consent/unknown-name.js';
import { withdrawn } from './consent/withdrawn.js';
import { copyright } from './image/copyright.js';
import { device } from './image/device.js';
import { gps } from './image/gps.js';
import { locationNames } from './image/location-names.js';
import { ownerDetails } from './image/owner-details.js';
import { peopleTags } from './image/people-tags.js';
import { remote } from './image/remote.js';
import { thumbnailMismatch } from './image/thumbnail-mismatch.js';
import { unreadable } from './image/unreadable.js';
import { approval } from './post/approval.js';
import { invalidSuppression } from './post/invalid-suppression.js';
import { personalAccountMedia } from './post/personal-account-media.js';
import { postUnreadable } from './post/unreadable.js';
import { confidential } from './text/confidential.js';
import { derogatory } from './text/derogatory.js';
import { endorsement } from './text/endorsement.js';
import { grievance } from './text/grievance.js';
import { liveLocation } from './text/live-location.js';
import { personalData } from './text/personal-data.js';
import { solicitation } from './text/solicitation.js';
import { tagging } from './text/tagging.js';

export const consentRules: Rule[] = [noConsent, withdrawn, doNotPublish, fullNameWithMedia, ambiguousName, unknownName];
export const textRules: Rule[] = [personalData, confidential, derogatory, grievance, solicitation, endorsement, tagging, liveLocation];
export const imageRules: Rule[] = [gps, locationNames, peopleTags, ownerDetails, device, copyright, thumbnailMismatch, unreadable, remote];
export const postRules: Rule[] = [approval, personalAccountMedia, postUnreadable, invalidSuppression];

export const rules: Rule[] = [...consentRules, ...textRules, ...imageRules, ...postRules];

export function findRule(id: string): Rule | undefined {
  return rules.find((rule) => rule.meta.id === id);
}
