import type { Resource } from '../../model/converge.js';
import type { FileSource, FileSpec } from '../../model/plan.js';
import { warning } from '../../diagnostics/create.js';
import { originOf } from '../origin.js';
import { displayName, mode, str } from '../property-values.js';
import { isConfigPath, isTunablePath } from '../config-paths.js';
import { secretKeyFor } from '../secret-key.js';
import type { Classified, HandlerContext, ResourceHandler } from './handler.js';
import { substitutedFile } from './substituted-file.js';
import { textHeld } from '../../model/file-text.js';
import { cronDirectoryFile, periodicScriptFile } from './cron-file.js';

function sourceOf(r: Resource): FileSource {
  const c = r.content;
  if (!c) {
    const inline = str(r.properties['content']);
    return inline !== undefined ? { kind: 'inline', text: inline } : { kind: 'unknown', reason: 'no content given' };
  }
  switch (c.kind) {
    case 'rendered':
      return { kind: 'rendered', text: c.text, complete: c.complete, template: c.template };
    case 'cookbook-file':
      return { kind: 'cookbook-file', path: c.path };
    case 'inline':
      return { kind: 'inline', text: c.text };
    case 'unknown':
      return { kind: 'unknown', reason: c.reason };
    default:
      return { kind: 'unknown', reason: `content of a kind decant does not know: ${(c as { kind: string }).kind}` };
  }
}


/**
 * template, cookbook_file and file: the file goes into the image (config files
 * last), or into a Secret when it is sensitive or holds a secret value.
 */
export const fileHandler: ResourceHandler = {
  types: ['template', 'cookbook_file', 'file'],
  describe: () => ({ classes: ['image', 'config', 'secret', 'workload', 'unsupported'], reason: 'copied into the image (config files last, tunable ones also from a ConfigMap); when it holds secret values, the image has references in their place and an init container substitutes them from the Secret at start; a sensitive file with no value decant tracks is a Secret mounted at its path; a file in /etc/cron.d is scheduled work: each entry a CronJob, unsupported when its entries cannot be read; an executable script in /etc/cron.{hourly,daily,weekly,monthly} is a CronJob running it when the platform\'s cron runs that folder' }),
  classify(r: Resource, ctx: HandlerContext): Classified {
    const path = str(r.properties['path']) ?? displayName(r.name);
    const origin = originOf(r);
    if (r.actions.includes('delete')) {
      return {
        class: 'image',
        reason: 'deleted: removed in a build step',
        paths: [path],
        contribution: { buildSteps: [{ ...origin, command: `rm -f ${shellQuote(path)}`, env: {}, conditions: [] }] },
      };
    }
    if (withoutContent(r)) return touched(r, path);
    // Before the secret branch: a cron.d file with a secret is still scheduled work, said unsupported there.
    const scheduled = cronDirectoryFile(r, path, ctx);
    if (scheduled) return scheduled;
    const content = sourceOf(r);
    const text = textHeld(content);
    const owner = str(r.properties['owner']);
    const group = str(r.properties['group']);
    const m = mode(r.properties['mode']);
    if (r.sensitive || (text !== undefined && ctx.holdsSecret(text))) {
      const attrs = { ...(m ? { mode: m } : {}), ...(owner ? { owner } : {}), ...(group ? { group } : {}) };
      const split = substitutedFile(origin, path, content, ctx.secretReferences, attrs);
      if (split) {
        const keys = split.file.substituted!.join(', ');
        return {
          class: 'secret',
          reason: `holds secret values (${keys}): its text with references to them is in the image, the values are in the Secret, and an init container writes the file whole when the pod starts`,
          paths: [path],
          contribution: { files: [split.file], secrets: split.secrets },
          // The author said the whole file is sensitive; decant hides what it knows to be secret, and says the rest ships.
          diagnostics: r.sensitive
            ? [warning('DEC0524', `${path} is sensitive: the values decant tracks as secret (${keys}) come from the Secret when the pod starts; the rest of its text is in the image`, r.source, 'check that the rest of the file holds no other secret; if it does, keep that value in a data bag item so decant tracks it')]
            : [],
        };
      }
      // Only a sensitive file gets here: a file that is secret for its values always holds one to point at.
      // Its placeholder review item says why it is whole; no diagnostic, whose code frame would print the
      // recipe lines around it, literal content decant does not know to redact included.
      return {
        class: 'secret',
        reason: 'sensitive, with no value decant tracks as secret in it: shipped whole as a Secret mounted at its path, never in the image',
        paths: [path],
        contribution: {
          secrets: [
            {
              ...origin,
              key: secretKeyFor(path),
              path,
              ...(m ? { mode: m } : {}),
              ...(text !== undefined ? { value: text } : {}),
              reason: 'sensitive resource: decant tracks no secret value in it, so the whole file is the secret',
            },
          ],
        },
      };
    }
    const config = isConfigPath(path, ctx.catalog);
    const tunable = isTunablePath(path, ctx.catalog, ctx.family);
    const file: FileSpec = {
      ...origin,
      path,
      content,
      config,
      tunable,
      ...(m ? { mode: m } : {}),
      ...(owner ? { owner } : {}),
      ...(group ? { group } : {}),
    };
    const diagnostics = [];
    if (content.kind === 'unknown') {
      diagnostics.push(warning('DEC0501', `content of ${path} is not known (${content.reason}): an empty file with a marker is shipped`, r.source));
    }
    const partial = content.kind === 'rendered' && !content.complete ? ' (partly unknown: markers in the file, needs review)' : '';
    const normal: Classified = {
      class: config ? 'config' : 'image',
      reason: config
        ? `config file, copied into the image last${tunable ? ' and mounted from a ConfigMap so it can be tuned' : ''}${partial}`
        : `file baked into the image${partial}`,
      paths: [path],
      contribution: { files: [file] },
      diagnostics,
    };
    return periodicScriptFile(r, path, ctx, normal) ?? normal;
  },
};

/**
 * A `file` declared with no `content` at all, or `content nil` (not an unknown one): Chef's :create, :create_if_missing and :touch
 * then create the file empty when it is missing and leave the text of one that exists (a package's) as it is.
 */
function withoutContent(r: Resource): boolean {
  const given = r.properties['content'];
  return r.type === 'file' && !r.content && (given === undefined || given === null) && r.actions.some((a) => a === 'create' || a === 'create_if_missing' || a === 'touch');
}

/** A touch build step, with the owner and mode set after it, as Chef sets them on the file it created. */
function touched(r: Resource, path: string): Classified {
  const owner = str(r.properties['owner']);
  const group = str(r.properties['group']);
  const m = mode(r.properties['mode']);
  const q = shellQuote(path);
  const command = [
    `touch ${q}`,
    ...(owner || group ? [`chown ${shellQuote(`${owner ?? ''}${group ? `:${group}` : ''}`)} ${q}`] : []),
    ...(m ? [`chmod ${m} ${q}`] : []),
  ].join(' && ');
  return {
    class: 'image',
    reason: 'file without content: created empty when missing (touch), as Chef does; a file a package put there keeps its text',
    paths: [path],
    contribution: { buildSteps: [{ ...originOf(r), command, env: {}, conditions: [] }] },
  };
}

export function shellQuote(s: string): string {
  return /^[A-Za-z0-9_./:=@%+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
