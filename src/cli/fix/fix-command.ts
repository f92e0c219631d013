// `audit post.md --fix`: on a terminal, walks through the findings one by one — strip the location from
// a photo (a clean copy beside it, the post's link updated), replace a full name by the first name, add a
// suppression with a reason, or skip. Without a terminal (CI, a pipe) it applies only the safe fixes
// and prints what it did without naming anyone. Posts are written atomically, with a .bak backup. In a
// Word or OpenDocument document only pictures are fixed (their location removed inside it); words are changed in the word processor.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { configFor, loadConfigFile } from '../../config/discover.js';
import { runAudit, type AuditOptions } from '../../core/engine.js';
import { loadConsentForConfig } from '../../consent/source.js';
import { describeError } from '../../core/errors.js';
import { displayPath } from '../../core/paths.js';
import { LineIndex } from '../../core/position.js';
import { isOfficeDocument, type Attachment, type Finding } from '../../core/types.js';
import { kindOf, loadPost } from '../../load/post.js';
import { printable } from '../../report/printable.js';
import { isInteractive, type Prompter } from '../prompts.js';
import { applyEdits, firstNameEdit, relinkEdit, suppressionEdit, type Edit } from './edits.js';
import { saveBytes, savePost, type SaveOutcome } from './save.js';
import { cleanCopyRef, locationFreeBytes, writeLocationFreeCopy, writeLocationFreePicture } from './strip-location.js';
import { replaceDocumentParts } from './document-parts.js';

export interface FixDependencies {
  interactive?: boolean;
  prompter?: Prompter;
  write?: (text: string) => void;
}

type Action = 'first-name' | 'strip' | 'suppress' | 'skip' | 'stop';

/** Puts a document's cleaned pictures back into it, through the same checks and backup as a post. */
function saveDocumentPictures(file: string, pictures: ReadonlyMap<string, Buffer>, root: string): SaveOutcome {
  let read: Buffer;
  let bytes: Buffer;
  try {
    read = readFileSync(file);
    bytes = replaceDocumentParts(read, pictures);
  } catch (error) {
    return { saved: false, reason: `it could not be rewritten (${describeError(error)})` };
  }
  return saveBytes(file, read, bytes, root);
}

/** A PDF is not rewritten: what to do instead, in the program that made it and before it. */
function pdfNotFixed(file: string, findings: Finding[]): string {
  const pictures = findings.some((finding) => finding.ruleId.startsWith('image/'));
  const words = findings.some((finding) => !finding.ruleId.startsWith('image/') && !finding.ruleId.startsWith('post/'));
  const steps = [
    pictures ? 'remove the location and other details from the photos before they go into the newsletter (audit photos <folder> --strip-location --out <clean folder>)' : '',
    words ? 'change the words in the program that made the newsletter' : '',
  ].filter(Boolean);
  if (steps.length === 0) steps.push('do what the audit says in the program that made the newsletter');
  return `not fixed: ${file} was not cleaned, because the auditor does not rewrite PDFs: ${steps.join(', and ')}, then make the PDF again and audit that`;
}

export async function fixCommand(options: AuditOptions, deps: FixDependencies = {}): Promise<number> {
  const interactive = deps.interactive ?? isInteractive();
  const say = deps.write ?? ((text: string) => process.stdout.write(text));
  const prompter = interactive ? (deps.prompter ?? (await (await import('../prompts.js')).inquirerPrompter())) : undefined;
  // The fixer needs the real text to edit; what it prints without a terminal names no one.
  const result = await runAudit({ ...options, redact: false });
  const cwd = process.cwd();
  let changedPosts = 0;
  let stopped = false;

  for (const file of result.files) {
    if (stopped || file.findings.length === 0) continue;
    const absolute = path.resolve(cwd, file.path);
    if (kindOf(absolute) === 'pdf') {
      say(`${interactive ? '\n' : ''}${printable(pdfNotFixed(file.path, file.findings))}\n`);
      continue;
    }
    const isImage = kindOf(absolute) === 'image';
    const config = options.config ? await loadConfigFile(options.config) : await configFor(absolute);
    const post = isImage ? undefined : await loadPost(absolute, config);
    const pupils = isImage ? undefined : ((await loadConsentForConfig(config, options.consent))?.pupils ?? []);
    const source = post?.source ?? '';
    const sourceLines = new LineIndex(source);
    // A pasted picture's findings are at its place in the post; a linked photo's are in its file.
    const attachmentOf = (finding: Finding): Attachment | undefined =>
      post?.attachments.find((a) => {
        if (a.status !== 'ok') return false;
        if (a.embedded) {
          if (a.offset === undefined || finding.location.file !== file.path) return false;
          const at = sourceLines.position(a.offset);
          return at.line === finding.location.line && at.column === finding.location.column;
        }
        return a.path !== undefined && displayPath(a.path) === finding.location.file;
      });
    const edits: Edit[] = [];
    // What was done, as said when the post is saved, and (when it differs) when it could not be.
    const done: { saved: string; unsaved?: string | null }[] = [];
    const stripped = new Map<string, string>();
    /** A document's pictures without their location, by their place in it, put back when it is saved. */
    const documentPictures = new Map<string, Buffer>();
    if (interactive) say(`\n${printable(file.path)}: ${file.findings.length} finding${file.findings.length === 1 ? '' : 's'}\n`);

    for (const [index, finding] of file.findings.entries()) {
      // In a Word or OpenDocument document only pictures are fixed (inside it); words are changed in the word processor.
      const isDocument = post !== undefined && isOfficeDocument(post.kind);
      const where = finding.location.line !== undefined ? `${isDocument ? 'paragraph' : 'line'} ${finding.location.line}` : finding.location.file;
      const nameEdit = isImage || isDocument ? undefined : firstNameEdit(source, finding, pupils);
      const linked = attachmentOf(finding);
      const attachment = finding.ruleId === 'image/gps' ? linked : undefined;
      const canStrip = finding.ruleId === 'image/gps' && (isImage || attachment?.path !== undefined || attachment?.embedded !== undefined);
      const anchorOffset = linked?.offset;
      const canSuppress = !isImage && !isDocument && (finding.location.line !== undefined || anchorOffset !== undefined);

      let action: Action;
      if (interactive) {
        say(`\n[${index + 1}/${file.findings.length}] ${finding.severity} ${finding.ruleId} — ${printable(where)}\n  ${printable(finding.message)}\n`);
        if (finding.suggestion) say(`  fix: ${printable(finding.suggestion)}\n`);
        const choices: { name: string; value: Action }[] = [];
        if (nameEdit) choices.push({ name: printable(`Replace "${source.slice(nameEdit.start, nameEdit.end)}" with "${nameEdit.replacement}"`), value: 'first-name' });
        if (canStrip) {
          const what = isImage
            ? 'Write a copy without the location (lossless)'
            : isDocument
              ? 'Remove the location from the picture in the document (lossless; a backup is kept)'
              : attachment?.embedded
                ? 'Save the pasted picture as a file without the location, and link the post to it'
                : 'Strip the location: write a clean copy and link the post to it';
          choices.push({ name: what, value: 'strip' });
        }
        if (canSuppress) choices.push({ name: 'Keep it, and record why (adds an audit-ignore comment with your reason)', value: 'suppress' });
        choices.push({ name: 'Skip', value: 'skip' }, { name: 'Stop here (keep the fixes made so far)', value: 'stop' });
        action = await prompter!.select('What would you like to do?', choices);
      } else {
        action = nameEdit ? 'first-name' : canStrip ? 'strip' : 'skip';
      }

      if (action === 'stop') {
        stopped = true;
        break;
      }
      if (action === 'first-name' && nameEdit) {
        edits.push(nameEdit);
        done.push({ saved: `${where}: replaced a full name by the first name (${finding.ruleId})`, unsaved: null });
      } else if (action === 'strip' && attachment?.embedded && isDocument) {
        if (documentPictures.has(attachment.ref)) continue;
        try {
          documentPictures.set(attachment.ref, await locationFreeBytes(attachment.embedded));
          done.push({ saved: `${where}: removed the location from the picture`, unsaved: null });
        } catch (error) {
          done.push({ saved: `${where}: could not remove the location from the picture (${describeError(error)}); nothing changed` });
        }
      } else if (action === 'strip' && attachment?.embedded) {
        if (stripped.has(attachment.ref)) continue;
        try {
          const output = await writeLocationFreePicture(attachment.embedded, absolute);
          stripped.set(attachment.ref, output);
          const link = path.relative(path.dirname(absolute), output).split(path.sep).join('/');
          // The data: URL is the picture itself: wherever the post holds it (pasted twice, or a
          // reference definition as Google Docs writes it), it becomes the link to the file.
          let relinked = 0;
          for (let at = source.indexOf(attachment.ref); at !== -1; at = source.indexOf(attachment.ref, at + attachment.ref.length)) {
            edits.push({ start: at, end: at + attachment.ref.length, replacement: link });
            relinked++;
          }
          const wrote = `${where}: saved the pasted picture as ${displayPath(output)} without the location`;
          done.push({ saved: `${wrote}${relinked === 0 ? " (the post's picture could not be found: link the file by hand)" : ' and linked the post to it'}`, unsaved: `${wrote}; the post still holds the picture with its location` });
        } catch (error) {
          done.push({ saved: `${where}: could not remove the location from the pasted picture (${describeError(error)}); nothing changed` });
        }
      } else if (action === 'strip') {
        const input = isImage ? absolute : attachment!.path!;
        try {
          // One clean copy per photo, and every place the post links that photo relinked to it (a
          // photo shown twice has one finding per reference, or one for both).
          if (stripped.has(input)) continue;
          const output = await writeLocationFreeCopy(input);
          stripped.set(input, output);
          let relinked = 0;
          for (const other of post?.attachments ?? []) {
            if (other.status !== 'ok' || other.path !== input) continue;
            const relink = relinkEdit(source, other.ref, cleanCopyRef(other.ref), other.offset ?? 0);
            if (relink) {
              edits.push(relink);
              relinked++;
            }
          }
          const linked = isImage ? '' : relinked === 0 ? ' (the post\'s link to it could not be found: link it by hand)' : ` and linked the post to it${relinked > 1 ? ` (${relinked} places)` : ''}`;
          const wrote = `${displayPath(input)}: wrote ${displayPath(output)} without the location`;
          done.push({ saved: `${wrote}${linked}`, unsaved: `${wrote}; the post still links to the original` });
        } catch (error) {
          done.push({ saved: `${displayPath(input)}: could not remove the location (${describeError(error)}); nothing changed` });
        }
      } else if (action === 'suppress') {
        const reason = await prompter!.input('Why is it fine to publish this? (recorded in the post)', {
          validate: (value) => (value.trim().length >= 3 ? true : 'Please give a reason (a few words).'),
        });
        edits.push(suppressionEdit(source, finding, reason, finding.location.line === undefined ? anchorOffset : undefined));
        done.push({ saved: `${where}: recorded a reason to keep it (${finding.ruleId})`, unsaved: null });
      }
    }

    let lines = done.map((note) => `fixed: ${note.saved}`);
    if (documentPictures.size > 0) {
      const saved = saveDocumentPictures(absolute, documentPictures, config.root);
      if (saved.saved) {
        changedPosts++;
        lines.push(`fixed: saved ${file.path} (the previous version is in ${displayPath(saved.backup)})`);
      } else {
        lines = done.flatMap((note) => (note.unsaved === null ? [] : [`fixed: ${note.unsaved ?? note.saved}`]));
        lines.push(`not fixed: ${file.path} was not changed, because ${saved.reason}`);
      }
    }
    if (edits.length > 0 && post) {
      const { text } = applyEdits(source, edits);
      const saved = savePost(absolute, source, text, config.root);
      if (saved.saved) {
        changedPosts++;
        const shown = saved.file === absolute ? file.path : displayPath(saved.file);
        lines.push(`fixed: saved ${shown}${shown === file.path ? '' : ` (which ${file.path} links to)`} (the previous version is in ${displayPath(saved.backup)})`);
      } else {
        lines = done.flatMap((note) => (note.unsaved === null ? [] : [`fixed: ${note.unsaved ?? note.saved}`]));
        lines.push(`not fixed: ${file.path} was not changed, because ${saved.reason}`);
      }
    }
    if (lines.length > 0) say(`${interactive ? '\n' : ''}${lines.map(printable).join('\n')}\n`);
  }

  if (!interactive) say('post-audit --fix: without a terminal only safe fixes are made (full names → first names, photo locations removed); run it on a terminal to go through the rest.\n');
  const after = await runAudit({ ...options, redact: true });
  const { errors, warnings } = after.summary;
  say(`${changedPosts} post${changedPosts === 1 ? '' : 's'} changed. Now: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} — ${after.verdict === 'fail' ? 'still FAIL' : 'PASS'}.\n`);
  return after.verdict === 'fail' ? 1 : 0;
}
