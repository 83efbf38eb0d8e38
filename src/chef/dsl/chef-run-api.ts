/**
 * What the selves recipes, attribute files and custom resources run with
 * need from the run they belong to (ChefRun). A type-only leaf, so those
 * contexts and the custom resource expansion sit below ChefRun, which builds
 * them, instead of importing it back.
 */
import type { Diagnostic } from '../../model/diagnostic.js';
import type { PlatformFacts } from '../../model/converge.js';
import type { SourceLocation } from '../../model/source.js';
import type { Cookbook, Workspace } from '../../model/workspace.js';
import type { FileRef } from '../../ruby/parser.js';
import type { RHash, RubyValue } from '../values.js';
import type { Ast } from '../interpreter/ast.js';
import type { Interpreter } from '../interpreter/interpreter.js';
import type { Call } from '../interpreter/runtime.js';
import type { ChefModules } from './chef-constants.js';
import type { NodeObject } from './node-object.js';
import type { ResourceBuilder } from './resource-builder.js';
import type { CommandObservations } from './command-observations.js';
import type { ValueAnswers } from './value-answers.js';

export interface LoadedFile {
  readonly ast: Ast;
  readonly ref: FileRef;
}

/** The recipe a definition (definitions/*.rb) is called from. */
export interface DefinitionCaller {
  readonly run: ChefRunApi;
  readonly recipe: string;
  readonly value: RubyValue;
}

/** A definition's body, run where it is called. */
export type Definition = (c: Call, caller: DefinitionCaller) => RubyValue;

export interface ChefRunApi {
  readonly ws: Workspace;
  readonly interp: Interpreter;
  readonly chef: ChefModules;
  readonly facts: PlatformFacts;
  readonly node: NodeObject;
  /** plan.yaml's `values:` answers, and the questions left open. */
  readonly answers?: ValueAnswers;
  /** Observed command output, and the observable commands not observed yet. */
  readonly observations?: CommandObservations;
  readonly diagnostics: Diagnostic[];
  readonly runState: RHash;
  /** `run_context`: the root collection and the node (run-context-view.ts). */
  readonly runContext: RubyValue;
  /** The root resource collection, in declaration (converge) order. */
  readonly resources: ResourceBuilder[];
  /** Where declarations go now: the root collection, or a custom resource action's sub-collection. */
  collection: ResourceBuilder[];
  /** The custom resource instance being expanded, for `via`. */
  via: string | undefined;
  /** Its `new_resource`, passed to resource blocks that take a parameter. */
  newResource: RubyValue | undefined;

  /** A cookbook file parsed once per run; undefined (reported) when it cannot be read. */
  load(cookbook: Cookbook, relativePath: string, requestedAt?: SourceLocation): LoadedFile | undefined;
  evalAttributeFile(cookbook: Cookbook, rel: string, at?: SourceLocation): void;
  includeRecipe(spec: string, at?: SourceLocation, fromCookbook?: string): RubyValue;
  isResourceType(name: string): boolean;
  /** A custom resource type a loaded cookbook defines (resources/, providers/ or a library class). */
  isCustomResourceType(name: string): boolean;
  definition(name: string): Definition | undefined;
  declare(type: string, name: RubyValue, c: Call, recipeSelf: RubyValue, cookbook: string, recipe: string): RubyValue;
  find(type: string, name: RubyValue): ResourceBuilder | undefined;
  findByIdentity(spec: RubyValue): ResourceBuilder | undefined;
  /** `type[name]` of a resource value (a builder, or a custom resource's new_resource), for notification targets. */
  lookupIdentity(v: RubyValue): string | undefined;
  /** A resource declared by a notified action: after the notifier while converging, else at the end of the run. */
  place(builder: ResourceBuilder): void;
}
