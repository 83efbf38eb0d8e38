import type { ImageLabels } from '../model/plan.js';
import type { CookbookMetadata } from '../model/workspace.js';

/** OCI annotations from metadata.rb, only those it gives. */
export function imageLabels(m: CookbookMetadata | undefined): ImageLabels {
  if (!m) return {};
  const out: Record<string, string> = {};
  if (m.description) out['org.opencontainers.image.description'] = m.description;
  if (m.license) out['org.opencontainers.image.licenses'] = m.license;
  if (m.maintainer) out['org.opencontainers.image.authors'] = m.maintainer;
  if (m.sourceUrl) out['org.opencontainers.image.source'] = m.sourceUrl;
  return out;
}
