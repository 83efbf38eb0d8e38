import type { App, Unit } from '../model/plan.js';

/** Where an app's files go under OUT; report.json names the same paths. */
export const appPaths = {
  manifests: (app: App) => `${app.name}/k8s`,
  /** The same objects as a cdk8s app (TypeScript). */
  cdk8s: (app: App) => `${app.name}/cdk8s`,
  context: (app: App, unit: Unit) => `${app.name}/images/${unit.name}`,
  dockerfile: (app: App, unit: Unit) => `${app.name}/images/${unit.name}/Dockerfile`,
  /** What build and verify need of the image, as data (src/model/image-data.ts). */
  imageData: (app: App, unit: Unit) => `${app.name}/images/${unit.name}/image.json`,
  /** The app's Compose file, beside its images so build contexts are `./images/<unit>`. */
  compose: (app: App) => `${app.name}/compose.yaml`,
  /** Config and secret files compose.yaml mounts, relative to the app folder (as compose.yaml names them). */
  composeConfig: (unit: Unit, key: string) => `compose/${unit.name}/config/${key}`,
  composeSecret: (unit: Unit, key: string) => `compose/${unit.name}/secrets/${key}`,
};
