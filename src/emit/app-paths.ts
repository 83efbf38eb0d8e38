import type { App, Unit } from '../model/plan.js';

/** Where an app's files go under OUT; report.json names the same paths. */
export const appPaths = {
  manifests: (app: App) => `${app.name}/k8s`,
  context: (app: App, unit: Unit) => `${app.name}/images/${unit.name}`,
  dockerfile: (app: App, unit: Unit) => `${app.name}/images/${unit.name}/Dockerfile`,
  /** What build and verify need of the image, as data (src/model/image-data.ts). */
  imageData: (app: App, unit: Unit) => `${app.name}/images/${unit.name}/image.json`,
};
