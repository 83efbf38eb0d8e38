import type { ImageData } from '../../../model/image-data.js';

/** What emit wrote for one unit that report.html shows: its Dockerfile, image.json and manifests, as written. */
export interface UnitArtifacts {
  readonly app: string;
  readonly unit: string;
  /** Relative to OUT, as report.json names it. */
  readonly dockerfilePath: string;
  readonly dockerfile: string;
  readonly imageData: ImageData;
  readonly manifests: readonly { readonly path: string; readonly kind: string; readonly yaml: string }[];
}

/** Stable ids of a unit's blocks on the page (app and unit names are DNS labels, so they are id-safe). */
export const blockIds = {
  unit: (app: string, unit: string) => `u-${app}.${unit}`,
  dockerfile: (app: string, unit: string) => `d-${app}.${unit}`,
  manifest: (app: string, unit: string, index: number) => `k-${app}.${unit}.${index + 1}`,
};
