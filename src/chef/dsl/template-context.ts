/** `self` in a template, a Chef::Mixin::Template::TemplateContext as Chef makes it: instance variables from `variables`, `node`, helper modules and `helper(:x) { }` methods, `render`. */
import { RObject, RProc, type RubyValue } from '../values.js';
import { ModuleDef, type Behaviour, type Native } from '../interpreter/runtime.js';

export interface TemplateHelpers {
  readonly modules?: readonly ModuleDef[];
  readonly procs?: ReadonlyMap<string, RProc>;
}

export class TemplateContext implements Behaviour {
  readonly kind = 'Chef::Mixin::Template::TemplateContext';
  readonly singleton = new ModuleDef('#<template>', true, undefined);
  readonly value: RObject;
  constructor(
    private readonly node: RubyValue | undefined,
    private readonly helpers: TemplateHelpers,
    private readonly render: Native | undefined,
  ) {
    this.value = new RObject('Chef::Mixin::Template::TemplateContext', this);
  }
  modules(): readonly ModuleDef[] {
    return this.helpers.modules ?? [];
  }
  native(name: string): Native | undefined {
    if (name === 'node' && this.node !== undefined) return () => this.node!;
    if (name === 'render' && this.render) return this.render;
    const proc = this.helpers.procs?.get(name);
    if (proc) return (c) => c.interp.callProc(proc, c.args, c.node, c.self);
    return undefined;
  }
}
