import type { Resource } from '../../model/converge.js';
import { warning } from '../../diagnostics/create.js';
import { cronHandler } from './cron.js';
import { directoryHandler } from './directory.js';
import { executeHandler } from './execute.js';
import { fileHandler } from './file.js';
import { gitHandler } from './git.js';
import { convergeTimeHandler } from './converge-time.js';
import { languagePackageHandler } from './language-package.js';
import type { Classified, HandlerContext, ResourceHandler } from './handler.js';
import { confineTargets } from '../confine-targets.js';
import { hostLevelHandler } from './host-level.js';
import { linkHandler } from './link.js';
import { packageHandler } from './package.js';
import { remoteFileHandler } from './remote-file.js';
import { repositoryHandler } from './repository.js';
import { serviceHandler } from './service.js';
import { groupHandler, userHandler } from './user.js';
import { alternativesHandler } from './alternatives.js';
import { aptPreferenceHandler } from './apt-preference.js';
import { archiveFileHandler } from './archive-file.js';
import { buildEssentialHandler } from './build-essential.js';
import { generatedKeyHandler } from './generated-key.js';
import { hostsEntryHandler } from './hosts-entry.js';
import { noEquivalentHandler } from './no-equivalent.js';
import { otherPlatformHandler } from './other-platform.js';
import { rubyChangesBeside, rubyChangesOnly } from './ruby-changes.js';

const HANDLERS: readonly ResourceHandler[] = [
  packageHandler,
  serviceHandler,
  fileHandler,
  remoteFileHandler,
  directoryHandler,
  linkHandler,
  userHandler,
  groupHandler,
  executeHandler,
  cronHandler,
  gitHandler,
  languagePackageHandler,
  convergeTimeHandler,
  repositoryHandler,
  hostLevelHandler,
  buildEssentialHandler,
  archiveFileHandler,
  aptPreferenceHandler,
  alternativesHandler,
  generatedKeyHandler,
  hostsEntryHandler,
  noEquivalentHandler,
  otherPlatformHandler,
];

const BY_TYPE = new Map<string, ResourceHandler>(HANDLERS.flatMap((h) => h.types.map((t) => [t, h] as const)));

/** Every handler, in the order the registry holds them (docs/resources.md is generated from these). */
export function allHandlers(): readonly ResourceHandler[] {
  return HANDLERS;
}

export function handlerFor(type: string): ResourceHandler | undefined {
  return BY_TYPE.get(type);
}

/**
 * A custom resource whose actions declared nothing of their own. Chef runs the action bodies and nothing else
 * happens for the instance: an empty body does nothing, and an accumulator (`edit_resource(:template, …)`,
 * `config_template.variables[:views] << …`) changes a resource declared elsewhere, which is decided on its own.
 */
function customWithoutResources(ran: readonly string[], r: Resource, ctx: HandlerContext): Classified {
  // Chef raises on an action the resource does not define; decant says so rather than call the instance done.
  const undefinedActions = r.actions.filter((a) => a !== 'nothing' && !ran.includes(a));
  if (undefinedActions.length > 0) {
    const what = `${r.type}[${typeof r.name === 'string' ? r.name : '…'}]`;
    return {
      class: 'unsupported',
      reason: `custom resource: its definition has no action ${undefinedActions.map((a) => `:${a}`).join(', ')} (Chef stops the run there)`,
      diagnostics: [warning('DEC0501', `${what}: action ${undefinedActions.map((a) => `:${a}`).join(', ')} is not defined by its custom resource`, r.source, 'check that the resource file evaluated in full (errors above), or describe it in plan.yaml')],
    };
  }
  if (ran.length === 0) return { class: 'skipped', reason: 'custom resource: none of its actions has a body here (:nothing), so it does nothing' };
  // A type decant maps by what it means (hostsfile_entry → the pod's hostAliases) is decided by that, whatever its
  // provider does in Ruby to reach the same end on a host.
  const handler = handlerFor(r.type);
  if (handler) return classifyByHandler(r, handler, ctx);
  const inRuby = rubyChangesOnly(r, ran);
  if (inRuby) return inRuby;
  // 'image' as for an expanded custom resource: the instance is accounted for by what its actions did.
  return {
    class: 'image',
    reason: `custom resource: its action ${ran.map((a) => `:${a}`).join(', ')} declares no resource of its own; what it changes in resources declared elsewhere (an accumulated template) is decided with them`,
  };
}

/**
 * Classifies one resource. A type no handler knows is unsupported with a
 * DEC0501, never dropped; a custom resource that was expanded is accounted
 * for by what it expanded to.
 */
export function classifyResource(r: Resource, ctx: HandlerContext, expanded: boolean): Classified {
  if (expanded) {
    const beside = rubyChangesBeside(r);
    return { class: 'image', reason: 'custom resource: expanded into the resources listed with `via` this one', ...(beside.length ? { diagnostics: beside } : {}) };
  }
  if (r.customActionsRun) return customWithoutResources(r.customActionsRun, r, ctx);
  const handler = handlerFor(r.type);
  if (!handler && r.missingCookbook) {
    const what = `${r.type}[${typeof r.name === 'string' ? r.name : '…'}]`;
    return {
      class: 'unsupported',
      reason: `resource type ${r.type} is from cookbook ${r.missingCookbook}, which is not in the cookbook path`,
      diagnostics: [warning('DEC0501', `${what} is from cookbook ${r.missingCookbook}, which is not in the cookbook path`, r.source, `add cookbook ${r.missingCookbook} with --cookbook-path (a dependency in metadata.rb), or describe the resource in plan.yaml`)],
    };
  }
  if (!handler) {
    return {
      class: 'unsupported',
      reason: `resource type ${r.type} has no container equivalent decant knows`,
      diagnostics: [warning('DEC0501', `${r.type}[${typeof r.name === 'string' ? r.name : '…'}] cannot be placed in any container: unsupported`, r.source, 'handle it by hand, or describe it in plan.yaml')],
    };
  }
  return classifyByHandler(r, handler, ctx);
}

function classifyByHandler(r: Resource, handler: ResourceHandler, ctx: HandlerContext): Classified {
  try {
    return confineTargets(r, handler.classify(r, ctx));
  } catch (e) {
    return {
      class: 'unsupported',
      reason: 'internal error while classifying (a bug in decant)',
      diagnostics: [warning('DEC0901', `classifying ${r.type}: ${(e as Error).message}`, r.source)],
    };
  }
}
