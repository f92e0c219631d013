// What PSHE, history and awareness posts say about groups — harm done to them, discrimination they
// face, statistics — is told, not hostile: none of these may draw an error. Each predicate once drew
// one (found by this very grid: "women die from breast cancer", "refugees risk death", "disabled
// people suffer from chronic pain", "are treated as second-class citizens in some countries").
import { beforeAll, describe, expect, it } from 'vitest';
import { findHostility, type HostilityModel } from '../../src/text/hostility.js';
import { loadHostilityModel } from '../helpers/hostility.js';

let model: HostilityModel;
beforeAll(async () => {
  model = await loadHostilityModel();
});

const GROUPS = ['Women', 'Girls', 'Disabled people', 'Refugees', 'Migrants', 'Muslims', 'Jewish families', 'Black pupils', 'Gay people', 'Trans young people', 'Older people', 'Gypsy and Traveller families', 'Immigrants', 'Deaf children'];
const TOLD = [
  'are more likely to be bullied', 'face discrimination at work', 'were denied the vote until 1918', 'have been persecuted for centuries',
  'are often the victims of hate crime', 'die younger on average', 'die from preventable diseases', 'suffer from loneliness', 'were sent to camps',
  'fled war and violence', 'were attacked in the riots', 'are killed in conflicts around the world', 'get abused online', 'are targeted by trolls',
  'were murdered in the Holocaust', 'were enslaved for centuries', 'were beaten by police at the march', 'drown trying to reach safety',
  'risk death to find a new home', 'face attacks online', 'have been called terrible names', 'are treated as second-class citizens in some countries',
  'were locked up for protesting', 'were thrown out of their homes', 'still face hatred and abuse',
];

describe('harm told about a group is not a hostile remark', () => {
  it.each(GROUPS)('%s …', (group) => {
    const errors = TOLD.map((told) => `In PSHE we learned that ${group.toLowerCase()} ${told}.`).filter((text) => findHostility(text, model).some((f) => f.severity === 'error'));
    expect(errors).toEqual([]);
  });

  it('the same harm wished is still an error', () => {
    for (const text of ['Women should die.', 'Refugees deserve to drown.', 'Muslims should be locked up.', 'Gay people should be treated as second-class citizens.', 'Make the migrants suffer.']) {
      expect(findHostility(text, model).some((f) => f.severity === 'error'), text).toBe(true);
    }
  });
});

describe("a third party's intent or labelling in the past, told (history, RE, set texts)", () => {
  it('is a warning at most', () => {
    for (const text of [
      'Haman plotted to kill all the Jews in Persia.',
      'Year 4 learned how Haman plotted to kill all the Jews in Persia.',
      'Pharaoh had long planned to drive out all the Hebrews.',
      'They found out how newspapers mocked women as hysterical.',
      'Cartoonists portrayed Irish immigrants as apes.',
    ]) {
      expect(findHostility(text, model).some((f) => f.severity === 'error'), text).toBe(false);
    }
  });

  it('said of the speaker, wished, or in the future it is still an error', () => {
    for (const text of ['I plotted to kill all the Jews.', 'We planned to kill all the Muslims.', 'I have tried to be nice to black people, but they are vile.', 'I will set fire to your houses, immigrants.', 'Muslims should be mocked and driven out.']) {
      expect(findHostility(text, model).some((f) => f.severity === 'error'), text).toBe(true);
    }
  });
});
