import { describe, expect, it } from 'vitest';
import { imageReadOptions } from '../../src/core/engine.js';
import { imageRules, rules } from '../../src/rules/index.js';
import type { ResolvedConfig } from '../../src/config/schema.js';

// Decoding a photo to compare its embedded preview is the costliest step of a photo audit: it is
// skipped when the only rule that reads the comparison is switched off or not run.
const config = (rulesSetting?: Record<string, string>) => ({ root: '/tmp', school: {}, ...(rulesSetting ? { rules: rulesSetting } : {}) }) as unknown as ResolvedConfig;

describe('imageReadOptions', () => {
  it('compares previews while image/thumbnail-mismatch is on: every one for a post, those showing an edit in a batch scan', () => {
    expect(imageReadOptions(config())).toEqual({ thumbnail: 'full' });
    expect(imageReadOptions(config({ 'image/thumbnail-mismatch': 'warning' }), imageRules)).toEqual({ thumbnail: 'full' });
    expect(imageReadOptions(config(), imageRules, 'auto')).toEqual({});
  });
  it('skips the comparison when the rule is off', () => {
    expect(imageReadOptions(config({ 'image/thumbnail-mismatch': 'off' }))).toEqual({ thumbnail: 'off' });
    expect(imageReadOptions(config({ 'image/thumbnail-mismatch': 'off' }), imageRules, 'auto')).toEqual({ thumbnail: 'off' });
  });
  it('skips the comparison when the rule is not among those run', () => {
    expect(imageReadOptions(config(), rules.filter((rule) => rule.meta.id === 'image/gps'))).toEqual({ thumbnail: 'off' });
  });
});
