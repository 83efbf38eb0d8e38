/**
 * package.json and tsconfig.json of the generated app. Dependency versions
 * are decant's own (its package.json): the versions its tests type-check and
 * synthesize the generated apps with.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** decant's package.json, from src/emit/cdk8s (tsx) or dist/emit/cdk8s alike. */
function decantPackage(): { dependencies?: Record<string, string>; devDependencies?: Record<string, string> } {
  return JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'package.json'), 'utf8')) as never;
}

let versionsOnce: Record<string, string> | undefined;

function versionOf(name: string): string {
  const pkg = decantPackage();
  versionsOnce ??= { ...pkg.devDependencies, ...pkg.dependencies };
  const version = versionsOnce[name];
  if (version === undefined) throw new Error(`decant's package.json has no ${name}, which the cdk8s app depends on`);
  return version;
}

export function packageJson(appName: string): string {
  const pkg = {
    name: `${appName}-cdk8s`,
    private: true,
    description: `Kubernetes objects of ${appName} as a cdk8s app (written by decant)`,
    scripts: {
      build: 'tsc',
      // Compiled, then run: the synthesized manifests land in dist/.
      synth: 'tsc && node build/main.js',
    },
    dependencies: { cdk8s: versionOf('cdk8s'), constructs: versionOf('constructs'), 'kubernetes-types': versionOf('kubernetes-types') },
    devDependencies: { typescript: versionOf('typescript') },
  };
  return JSON.stringify(pkg, null, 2) + '\n';
}

export function tsconfigJson(): string {
  const config = {
    compilerOptions: {
      target: 'ES2022',
      module: 'commonjs',
      strict: true,
      noEmitOnError: true,
      skipLibCheck: true,
      types: [],
      rootDir: '.',
      outDir: 'build',
    },
    include: ['*.ts', 'units/*.ts'],
  };
  return JSON.stringify(config, null, 2) + '\n';
}
