/**
 * Helpers for the differential test of the cdk8s writer: write generated apps
 * into a folder, type-check each with the TypeScript compiler API and its own
 * tsconfig.json, run its compiled main, and read back what it synthesized and
 * what the kustomize base holds, as objects keyed by kind and name.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { parseAllDocuments } from 'yaml';
import type { OutputFile } from '../../../src/emit/output-file.js';

export function writeFiles(root: string, files: readonly OutputFile[]): void {
  for (const f of files) {
    if (!('text' in f)) throw new Error(`the cdk8s writer returned a copied file: ${f.path}`);
    mkdirSync(dirname(join(root, f.path)), { recursive: true });
    writeFileSync(join(root, f.path), f.text);
  }
}

/**
 * A compiler host whose parsed library files (lib.d.ts, cdk8s, constructs,
 * kubernetes-types) are shared by every app's program: each app is compiled
 * with its own tsconfig, and only its own few files are parsed anew.
 */
export function sharedCompilerHost(options: ts.CompilerOptions): ts.CompilerHost {
  const host = ts.createCompilerHost(options);
  const cache = new Map<string, ts.SourceFile | undefined>();
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const shared = fileName.includes('/node_modules/') || fileName.includes('/typescript/lib/');
    if (!shared) return getSourceFile(fileName, languageVersion, onError, shouldCreate);
    if (!cache.has(fileName)) cache.set(fileName, getSourceFile(fileName, languageVersion, onError, shouldCreate));
    return cache.get(fileName);
  };
  return host;
}

/** Compiles an app with its tsconfig.json into build/; returns the errors, formatted, or [] . */
export function compileApp(dir: string, hostFor: (options: ts.CompilerOptions) => ts.CompilerHost): string[] {
  const configPath = join(dir, 'tsconfig.json');
  const read = ts.readConfigFile(configPath, ts.sys.readFile);
  if (read.error) return [ts.flattenDiagnosticMessageText(read.error.messageText, '\n')];
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, dir, undefined, configPath);
  const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options, host: hostFor(parsed.options) });
  const emitted = program.emit();
  const diagnostics = [...parsed.errors, ...ts.getPreEmitDiagnostics(program), ...emitted.diagnostics];
  return diagnostics.map((d) => {
    const where = d.file && d.start !== undefined ? `${d.file.fileName}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}: ` : '';
    return where + ts.flattenDiagnosticMessageText(d.messageText, '\n');
  });
}

/**
 * Runs each compiled app's main in its own folder, as `npm run synth` does
 * after tsc, in one Node process (one start and one load of cdk8s for them
 * all, not one each): the error of each app that fails, by folder.
 */
export function runSynths(dirs: readonly string[]): Record<string, string> {
  const script = `
    const failures = {};
    for (const dir of JSON.parse(process.argv[1])) {
      try { process.chdir(dir); require(require('node:path').join(dir, 'build', 'main.js')); }
      catch (e) { failures[dir] = String(e && e.stack || e); }
    }
    process.stdout.write(JSON.stringify(failures));`;
  const r = spawnSync(process.execPath, ['-e', script, JSON.stringify(dirs)], { encoding: 'utf8', timeout: 300_000 });
  if (r.status !== 0) return Object.fromEntries(dirs.map((d) => [d, `synth process failed (${r.status}): ${r.stderr}`]));
  return JSON.parse(r.stdout) as Record<string, string>;
}

type KubeObject = { kind: string; metadata: { name: string } };

/** Objects of YAML texts, keyed `Kind/name`. */
export function objectsByName(texts: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const text of texts) {
    for (const doc of parseAllDocuments(text)) {
      const o = doc.toJS() as KubeObject | null;
      if (o) out[`${o.kind}/${o.metadata.name}`] = o;
    }
  }
  return out;
}

/** What `synth` wrote to dist/. */
export function synthesized(dir: string): Record<string, unknown> {
  const dist = join(dir, 'dist');
  return objectsByName(readdirSync(dist).filter((f) => f.endsWith('.yaml')).map((f) => readFileSync(join(dist, f), 'utf8')));
}

/** The objects of an app's kustomize base among convert's files (the kustomization itself aside). */
export function kustomizeObjects(files: readonly OutputFile[], appName: string): Record<string, unknown> {
  const prefix = `${appName}/k8s/`;
  return objectsByName(files.flatMap((f) => (f.path.startsWith(prefix) && f.path.endsWith('.yaml') && !f.path.endsWith('/kustomization.yaml') && 'text' in f ? [f.text] : [])));
}
