import { appPaths } from '../app-paths.js';
import type { OutputFormat } from '../output-format.js';
import { writeCdk8sApp } from './write-cdk8s-app.js';

/** The app as a TypeScript cdk8s app whose synth gives the kustomize base's objects (write-cdk8s-app.ts). */
export const cdk8sFormat: OutputFormat = {
  name: 'cdk8s',
  describe: 'the same Kubernetes objects as a TypeScript cdk8s app (<app>/cdk8s/; npm install && npm run synth)',
  path: (app) => appPaths.cdk8s(app),
  write: writeCdk8sApp,
};
