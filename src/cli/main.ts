// The command line (bin/audit.js runs `main`). Heavy modules (sharp, exifr, natural, inquirer) are loaded only by the checks
// and commands that need them, so `audit post.md` starts fast.
import { Command, CommanderError, Option } from 'commander';
import { UsageError, describeError, fsReason } from '../core/errors.js';
import { packageVersion } from '../core/paths.js';
import { BUILT_IN_POLICIES, DEFAULT_POLICY } from '../policies/loader.js';
import { FORMAT_NAMES } from '../report/index.js';
import { printable } from '../report/printable.js';
import { auditCommand, type AuditFlags } from './audit-command.js';
import { explainCommand } from './explain-command.js';
import { rulesCommand } from './rules-command.js';

function buildProgram(): Command {
  const program = new Command();
  program
    .name('audit')
    .enablePositionalOptions()
    .description('Check a school news or social-media post — its text and photos — against your trust\'s social-media policy before it is published.')
    .version(packageVersion(), '-v, --version')
    .argument('[paths...]', 'posts (.md, .markdown, .txt, .html, .docx, .odt, .pdf), images, folders or globs')
    .addOption(new Option('--policy <id|file>', `trust policy pack: ${BUILT_IN_POLICIES.join(', ')}, or a pack file`))
    .option('--consent <file>', 'the consent record: a CSV or Excel (.xlsx) file exported from the school information system')
    .option('--config <file>', 'config file (default: .postauditrc.json/.yaml found from the post upwards)')
    .addOption(new Option('--format <format>', 'output format').choices(FORMAT_NAMES).default('human'))
    .addOption(new Option('--fail-on <level>', 'lowest severity that fails the audit (default: error)').choices(['error', 'warning']))
    .option('--redact', 'hide pupils\' names in the output (default when CI is set)')
    .option('--no-redact', 'show pupils\' names even in CI')
    .option('-q, --quiet', 'print only errors and the verdict')
    .option('--changed [base]', 'audit only posts and images changed since a Git base (default: the merge base with the default branch)')
    .option('--stdin', 'read the paths to audit from standard input, one a line')
    .option('--stdin-filename <name>', 'with "-" as the path: the name to audit the post on standard input as (its extension gives the format; default stdin.txt, plain text)')
    .option('--shard <i/n>', 'audit only shard i of n (a deterministic split for CI matrices), e.g. 2/4')
    .option('--baseline <file>', 'accept the findings recorded in this file; fail only on new ones')
    .option('--update-baseline', 'record today\'s findings in the --baseline file and exit 0')
    .option('--fix', 'fix findings: one by one on a terminal; without one, only the safe fixes')
    .option('--strip-location', 'write copies of the posts\' photos without GPS and place names (needs --out)')
    .option('--strip-people', 'also remove people tags from those copies')
    .option('--out <folder>', 'where the cleaned copies go (their paths mirrored below it)')
    .showHelpAfterError('(run audit --help for usage)')
    .addHelpText(
      'after',
      `
Examples:
  audit post.md                          check one post
  audit news/ --consent consent.csv      check every post in a folder against the consent record
  audit post.md --policy chancery        cite the Chancery MAT policy
  audit rules --policy whmat             list what is checked and where the policy says so
  audit explain image/gps                what a rule catches and how to fix it
  audit init                             set up the config for your school, step by step
  pbpaste | audit -                      check a post pasted from the clipboard
  audit post.md --fix                    walk through the findings and fix them
  audit post.md --strip-location --out clean/   copies of its photos without location
  audit --changed --format sarif         CI: only what changed, for GitHub code scanning

Exit codes: 0 pass, 1 findings at or above --fail-on, 2 usage, config or input error.`,
    )
    .action(async (paths: string[], flags: AuditFlags) => {
      if (paths.length === 0 && flags.changed === undefined && !flags.stdin) program.outputHelp();
      process.exitCode = await auditCommand(paths, flags);
    });

  program
    .command('rules')
    .description('list the rules and the policy sections each one cites')
    .option('--policy <id|file>', 'policy pack', DEFAULT_POLICY)
    .addOption(new Option('--format <format>', 'output format').choices(['human', 'json']).default('human'))
    .action(async (flags: { policy: string; format: string }) => {
      process.stdout.write(await rulesCommand(flags));
    });

  program
    .command('photos')
    .description('scan a folder of photos and videos for location, people tags, owners and devices; write cleaned copies')
    .argument('<folder>', 'the folder to scan (recursively)')
    .option('--policy <id|file>', 'policy pack')
    .option('--config <file>', 'config file')
    .addOption(new Option('--format <format>', 'output format').choices(['human', 'json']).default('human'))
    .option('--report <file>', 'also write a report: out.csv, out.json or out.html')
    .addOption(new Option('--fail-on <level>', 'lowest severity that fails').choices(['error', 'warning']))
    .option('--redact', 'hide names in the output')
    .option('--strip-location', 'write copies without GPS and place names (needs --out)')
    .option('--strip-people', 'also remove people tags from the copies')
    .option('--out <folder>', 'where the cleaned copies go (mirrors the folder tree)')
    .option('--no-progress', 'no progress bar')
    .option('-q, --quiet', 'print only the verdict when it fails')
    .action(async (folder: string, flags: import('./photos-command.js').PhotosFlags) => {
      const { photosCommand } = await import('./photos-command.js');
      process.exitCode = await photosCommand(folder, flags);
    });

  program
    .command('explain')
    .description('what a rule catches, every policy\'s sections for it, and examples')
    .argument('<rule-id>', 'e.g. image/gps')
    .action(async (ruleId: string) => {
      process.stdout.write(await explainCommand(ruleId));
    });

  program
    .command('init')
    .description('set up post-audit for your school: policy, consent record, school details, cameras')
    .action(async () => {
      const { initCommand } = await import('./init/init-command.js');
      process.exitCode = await initCommand();
    });

  const output = {
    writeErr: (text: string) => process.stderr.write(text),
    // A usage mistake is one line, as every other error is, with what was typed shown, not obeyed
    // (a file named "--\x1b[2J.md" reached here through a shell glob): commander's message, then on
    // the same line the hint showHelpAfterError writes after it.
    // Commander puts its guess on a line of its own ("unknown option '--no-config'\n(Did you mean
    // --config?)"): kept on the one line, not shown as an escaped "\n".
    outputError: (text: string, write: (text: string) => void) =>
      write(`post-audit: ${printable(text.replace(/\n$/, '').replace(/\n(?=\(Did you mean )/g, ' '))} `),
  };
  // Subcommands copied their parent's settings when made: each is given these too — without
  // exitOverride, a mistake in a subcommand's options (audit photos with no folder) exited 1, the
  // code for findings, from inside commander.
  for (const command of [program, ...program.commands]) command.exitOverride().configureOutput(output);
  program.hook('preAction', (_, command) => refuseEmptyValues(command));
  return program;
}

/**
 * An option or path given as "" is refused: `--consent "$CONSENT"` with the variable unset audited
 * without the record, `--config ""` and `--policy ""` fell back to the defaults, and `audit ""` audited
 * the current folder — each a run of something other than what was asked, ending in a verdict.
 */
function refuseEmptyValues(command: Command): void {
  const values = command.opts();
  for (const option of command.options) {
    if (!option.required && !option.optional) continue;
    const value: unknown = values[option.attributeName()];
    if (typeof value === 'string' && value.trim() === '') {
      throw new UsageError(`${option.long ?? option.flags}: the value is empty (an unset variable?); give ${option.required ? 'one' : 'one, or leave the option out'}`);
    }
  }
  if (command.args.some((arg) => arg.trim() === '')) {
    if (!command.parent) throw new UsageError('a path given is empty (an unset variable?); name the posts, folders or globs to audit');
    throw new UsageError(`audit ${command.name()}: the ${command.registeredArguments[0]?.name() ?? 'argument'} given is empty (an unset variable?)`);
  }
}

export async function main(argv: string[]): Promise<void> {
  // `audit … | head` closes the pipe early: stop quietly instead of crashing on EPIPE.
  // Any other failure to write the report (a full disk, a closed file) is exit 2 and one line: the
  // report is incomplete, so neither 0 nor 1 may stand (a CI step would take a cut-off SARIF file).
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.stderr.write(`post-audit: the report could not be written to standard output (${printable(fsReason(error))}); it is incomplete\n`);
    process.exit(2);
  });
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; usage mistakes were already printed by commander.
      process.exitCode = error.exitCode === 0 ? 0 : 2;
      return;
    }
    // Ctrl-C at a question (audit init, --fix on a terminal): stopped by the person, not a bug.
    if ((error as Error | undefined)?.name === 'ExitPromptError') {
      process.stderr.write('\npost-audit: stopped (Ctrl-C); nothing more was written\n');
      process.exitCode = 130;
      return;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`post-audit: ${printable(error.message)}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`post-audit: internal error: ${printable(describeError(error))}\n`);
    if (process.env.POST_AUDIT_DEBUG) process.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
    else process.stderr.write('post-audit: this is a bug — please report it (set POST_AUDIT_DEBUG=1 to see details)\n');
    process.exitCode = 2;
  }
}
