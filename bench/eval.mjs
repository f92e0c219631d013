// npm run eval — accuracy figures for the text checks (printed, never pass/fail):
// 1. text/derogatory on the HateCheck development cases (../shared/fixtures/hatecheck/dev.csv): per
//    functionality and overall, the share of hateful cases that draw an error-level finding and the
//    share of non-hateful cases that draw one. Targets: ≥ 85 % hateful, ≤ 10 % non-hateful.
//    Then the same figures on our own HateCheck-style cases (tests/fixtures/text/hatecheck-style.csv: new
//    templates, school register), separately for its tune and holdout splits, and on a second set in
//    HateCheck's own register (tests/fixtures/text/hatecheck-style-new.csv, all seven groups), separately
//    for its train and check splits, and on a third set in that register (hatecheck-style-third.csv),
//    leaning on the functionalities weakest on unseen templates, with the same two splits, and on a fourth
//    (hatecheck-style-fourth.csv) over every functionality with varied syntax, likewise, and on a fifth
//    (hatecheck-style-fifth.csv) leaning on the weakest functionalities in the register of comments, likewise,
//    and on a sixth (hatecheck-style-sixth.csv, all 29 functionalities, written before its author read the rule), likewise,
//    and on a seventh (hatecheck-style-seventh.csv, likewise written before reading the rule, varied comment register), likewise,
//    and on an eighth (hatecheck-style-eighth.csv, likewise written before reading the rule, plain comment register), likewise,
//    and on a ninth (hatecheck-style-ninth.csv, likewise written before reading the rule: comparisons, calls to action, threats,
//    spelled-out slurs, unusual forms of the group word), likewise, and on a tenth (hatecheck-style-tenth.csv, likewise written
//    before reading the rule: replies quoting and agreeing, passive demands, "always"/"never", slang and ordinary typos), likewise, and on an eleventh (hatecheck-style-eleventh.csv, likewise written before reading the
//    rule, as replies under a school's post: implicit remarks, demeaning questions, split and spaced slurs, metaphors, calls to action), likewise.
//    EVAL_MISSES=tune (or train) lists that split's mistakes (never look at holdout's or check's: they
//    only measure — but for the tenth set's check split, training data since the hate11 session: its author had read
//    the rule before writing it).
// 2. text/personal-data on UK identifier cases written from the official formats (and Microsoft
//    Presidio's own UK test cases): precision and recall.
// Both run the checks in-process (bundled from src/ with esbuild).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { repoRoot } from './lib.mjs';
import { textApi } from './text-api.mjs';

const api = await textApi();
const lexicons = new api.LexiconStore();
const pct = (n, d) => (d === 0 ? '   n/a' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

await hateCheck();
personalData();

async function hateCheck() {
  const file = path.resolve(repoRoot, '..', 'shared', 'fixtures', 'hatecheck', 'dev.csv');
  console.log('\n## text/derogatory on HateCheck (development half)\n');
  if (!existsSync(file)) {
    console.log(`  skipped: ${file} is not present`);
  } else {
    await derogatoryBlock(parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true }), 'alex 11: 73%', 'alex 11: 78%');
  }
  // Our own cases in HateCheck's style (new templates, school register): tune guides changes, holdout
  // only measures them.
  const own = path.join(repoRoot, 'tests', 'fixtures', 'text', 'hatecheck-style.csv');
  const rows = parse(readFileSync(own, 'utf8'), { columns: true, skip_empty_lines: true });
  for (const split of ['tune', 'holdout']) {
    console.log(`\n## text/derogatory on HateCheck-style cases written for this project (${split} split)\n`);
    await derogatoryBlock(rows.filter((r) => r.split === split));
  }
  // Our further sets, in HateCheck's register over all seven groups: train guides changes, check only
  // measures whether they generalise. Second (hate23); third (hate24: the functionalities weakest on unseen
  // templates and their harmless counterparts); fourth (hate25: every functionality in about HateCheck's
  // proportions, varied syntax); fifth (hate26: implicit remarks, threats, negated positives and questions,
  // written as people write comments and posts); sixth (hate6: all 29 functionalities, target_indiv_nh included,
  // written before reading the rule); seventh (hate7: all 29 functionalities in the varied register of comments, the
  // group as subject, object, possessive and adjective, written before reading the rule); eighth (hate8: the same, in the
  // plain register of comments and replies, often with a harmless clause around the remark); ninth (hate9: the same, with
  // comparisons, calls to action, future and conditional threats, slurs spelled out of shape and the group word as possessive,
  // adjective and compound); tenth (hate10: the same, with replies quoting and agreeing, "tbh" openers, passive demands
  // ("should be deported"), what a group "always"/"never" does, lists of groups, slang and ordinary typos); eleventh (hate11: the same, as replies under a school's post: stereotypes stated as fact, "they
  // don't belong here", "why do X always …?", slurs spaced, dotted and split, dehumanising metaphors and verbs, conditional threats
  // and calls to action, with counter-speech that quotes or reports them).
  const ownSets = [['second', 'hatecheck-style-new.csv'], ['third', 'hatecheck-style-third.csv'], ['fourth', 'hatecheck-style-fourth.csv'], ['fifth', 'hatecheck-style-fifth.csv'], ['sixth', 'hatecheck-style-sixth.csv'], ['seventh', 'hatecheck-style-seventh.csv'], ['eighth', 'hatecheck-style-eighth.csv'], ['ninth', 'hatecheck-style-ninth.csv'], ['tenth', 'hatecheck-style-tenth.csv'], ['eleventh', 'hatecheck-style-eleventh.csv']];
  const ownRows = [...rows];
  for (const [ordinal, file] of ownSets) {
    const setRows = parse(readFileSync(path.join(repoRoot, 'tests', 'fixtures', 'text', file), 'utf8'), { columns: true, skip_empty_lines: true, comment: '#' });
    for (const split of ['train', 'check']) {
      console.log(`\n## text/derogatory on the ${ordinal} HateCheck-style set written for this project (${split} split)\n`);
      await derogatoryBlock(setRows.filter((r) => r.split === split));
    }
    ownRows.push(...setRows);
  }
  if (process.env.EVAL_MISSES) {
    const model = await api.hostilityModel({ lexicons });
    console.log(`\n  misses (${process.env.EVAL_MISSES} split):`);
    for (const row of ownRows.filter((r) => r.split === process.env.EVAL_MISSES)) {
      const error = api.findHostility(row.test_case, model).some((f) => f.severity === 'error');
      if (error !== (row.label_gold === 'hateful')) console.log(`    ${row.functionality.padEnd(20)} ${error ? 'false+' : 'missed'}  ${row.test_case}`);
    }
  }
}

async function derogatoryBlock(rows, alexHateful, alexNon) {
  const model = await api.hostilityModel({ lexicons });
  const by = new Map();
  const started = process.hrtime.bigint();
  for (const row of rows) {
    const findings = api.findHostility(row.test_case, model);
    const error = findings.some((f) => f.severity === 'error');
    const key = row.functionality;
    const entry = by.get(key) ?? { label: row.label_gold, n: 0, errors: 0 };
    entry.n++;
    if (error) entry.errors++;
    by.set(key, entry);
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const totals = { hateful: { n: 0, errors: 0 }, 'non-hateful': { n: 0, errors: 0 } };
  console.log('  functionality          label         cases   error-level');
  for (const [name, entry] of by) {
    totals[entry.label].n += entry.n;
    totals[entry.label].errors += entry.errors;
    console.log(`  ${name.padEnd(22)} ${entry.label.padEnd(12)} ${String(entry.n).padStart(6)}   ${pct(entry.errors, entry.n)}`);
  }
  const h = totals.hateful;
  const nh = totals['non-hateful'];
  console.log('');
  console.log(`  hateful cases with an error-level finding:      ${pct(h.errors, h.n)}  (${h.errors}/${h.n}; target ≥ 85%${alexHateful ? `; ${alexHateful}` : ''})`);
  console.log(`  non-hateful cases with an error-level finding:  ${pct(nh.errors, nh.n)}  (${nh.errors}/${nh.n}; target ≤ 10%${alexNon ? `; ${alexNon}` : ''})`);
  console.log(`  ${rows.length} cases in ${ms.toFixed(0)} ms`);
  console.log('  Note: threats and insults aimed at one person (target_indiv_nh) are errors by policy ("harassing or threatening language"), though HateCheck labels them non-hateful.');
}

function personalData() {
  console.log('\n## text/personal-data on UK identifier cases\n');
  const config = { root: repoRoot };
  const cases = identifierCases();
  const by = new Map();
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const misses = [];
  for (const c of cases) {
    const found = api.findPersonalData(c.text, config).map((m) => m.kind);
    const hit = c.kind ? found.includes(c.kind) : false;
    const entry = by.get(c.group) ?? { tp: 0, fp: 0, fn: 0, tn: 0 };
    if (c.kind) {
      if (hit) (tp++, entry.tp++);
      else (fn++, entry.fn++, misses.push(`missed ${c.kind}: ${c.text}`));
      const extra = found.filter((k) => k !== c.kind);
      if (extra.length) (fp += extra.length, (entry.fp += extra.length), misses.push(`extra ${extra}: ${c.text}`));
    } else if (found.length) {
      fp += found.length;
      entry.fp += found.length;
      misses.push(`false positive ${found}: ${c.text}`);
    } else entry.tn++;
    by.set(c.group, entry);
  }
  console.log('  group                 found  missed  false+  correct-');
  for (const [group, e] of by) console.log(`  ${group.padEnd(20)} ${String(e.tp).padStart(6)} ${String(e.fn).padStart(7)} ${String(e.fp).padStart(7)} ${String(e.tn).padStart(9)}`);
  console.log('');
  console.log(`  precision ${pct(tp, tp + fp)}   recall ${pct(tp, tp + fn)}   (${cases.length} cases: ${cases.filter((c) => c.kind).length} with an identifier, ${cases.filter((c) => !c.kind).length} without)`);
  for (const line of misses) console.log(`    ${line}`);
}

/** Cases written from the official formats; `kind` is what must be found (undefined: nothing). */
function identifierCases() {
  const cases = [];
  const add = (group, text, kind) => cases.push({ group, text, kind });
  // NHS numbers: valid ones generated with the modulus-11 check digit, invalid ones with a wrong digit.
  const nhsCheck = (nine) => {
    let sum = 0;
    for (let i = 0; i < 9; i++) sum += Number(nine[i]) * (10 - i);
    const check = 11 - (sum % 11);
    return check === 11 ? 0 : check;
  };
  const seeds = ['943476591', '401023213', '221395183', '485777345', '123456788', '609312456', '700100200', '450557710'];
  for (const seed of seeds) {
    const check = nhsCheck(seed);
    if (check === 10) continue;
    const valid = seed + check;
    const spaced = `${valid.slice(0, 3)} ${valid.slice(3, 6)} ${valid.slice(6)}`;
    add('NHS number', `Her NHS number is ${spaced}.`, 'nhs-number');
    add('NHS number', `Ref ${valid.slice(0, 3)}-${valid.slice(3, 6)}-${valid.slice(6)} on the form`, 'nhs-number');
    add('NHS number', `Ticket ${seed}${(check + 1) % 10} at the door`, undefined);
  }
  add('NHS number', '401-023-2137', 'nhs-number');
  add('NHS number', '221 395 1837', 'nhs-number');
  add('NHS number', '0032698674', 'nhs-number');
  add('NHS number', '401-023-2138', undefined);
  add('NHS number', 'We raised 1234567890 pennies (not really).', undefined);
  // National Insurance numbers (HMRC prefix rules).
  for (const [text, valid] of [
    ['AA 12 34 56 B', true], ['hh 01 02 03 d', true], ['tw987654a', true], ['nino: PR 123612C', true],
    ['Here is my National Insurance Number YZ 61 48 68 B', true], ['NI number: JG 10 37 59 A', true], ['AB 123456 C', true],
    ['AA 12 34 56 H', false], ['FQ 00 00 00 C', false], ['BG123612A', false], ['nino: nt 99 88 77 a', false],
    ["This isn't a valid national insurance number UV 98 76 54 B", false], ['GB 12 34 56 A', false], ['ZZ 99 99 99 D', false],
    ['DA 12 34 56 A', false], ['AO 12 34 56 A', false], ['we raised it by 250000 a year', false],
  ]) add('NI number', text, valid ? 'ni-number' : undefined);
  // Unique Pupil Numbers (DfE check letter).
  const letters = 'ABCDEFGHJKLMNPQRTUVWXYZ';
  const upn = (body) => {
    let sum = 0;
    for (let i = 0; i < 12; i++) sum += (/\d/.test(body[i]) ? Number(body[i]) : letters.indexOf(body[i])) * (i + 2);
    return letters[sum % 23] + body;
  };
  for (const body of ['201123421001', '873400119042', '330245717310', '93812341900A']) {
    const valid = upn(body);
    add('UPN', `UPN ${valid} on the register`, 'upn');
    const wrong = letters[(letters.indexOf(valid[0]) + 1) % 23] + body;
    add('UPN', `Code ${wrong} on the box`, undefined);
  }
  // DVLA driving licence numbers.
  for (const [text, valid] of [
    ['Licence MORGA657054SM9IJ', true], ['licence: JONES710238J99AB', true], ['SMITH 961012 AB9 CD', true],
    ['MORGA613054SM9IJ', false], ['MORGA657354SM9IJ', false], ['M9RGA657054SM9IJ', false],
  ]) add('driving licence', text, valid ? 'driving-licence' : undefined);
  // Passport numbers: nine digits, only next to the word passport.
  add('passport', 'Passport number 123456789 for the trip form', 'passport');
  add('passport', 'passport no. 925 665 416', 'passport');
  add('passport', 'Order 123456789 has shipped', undefined);
  // Phones, e-mails, postcodes, addresses and dates of birth.
  for (const [text, kind] of [
    ['Ring 07700 900123', 'phone'], ['Call +44 (0)20 7946 0958', 'phone'], ['(0161) 496-0000 after 6', 'phone'], ['0117 496 0123', 'phone'],
    ['+447700900456', 'phone'], ['07700-900-789', 'phone'], ['The score was 0-1 at 12:30', undefined], ['On 01/07/2026 at 08:30', undefined],
    ['jo.bloggs@gmail.com', 'email'], ['Tom lives near LS6 2QT', 'postcode'], ['SW1A 1AA', 'postcode'], ['Year 6 SATs results', undefined],
    ['12 Acacia Avenue', 'address'], ['Flat 3, 14b Mill Lane', 'address'], ['Year 4 Road Safety', undefined],
    ['born on 3 May 2017', 'date-of-birth'], ['DOB: 03/05/2017', 'date-of-birth'], ['Shakespeare was born on 23 April 1564', undefined],
  ]) add('contact & DOB', text, kind);
  return cases;
}
