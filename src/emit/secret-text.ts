import type { SecretSpec } from '../model/plan.js';

export const SECRET_PLACEHOLDER = 'REPLACE-ME: set with kubectl or your secret manager (decant --include-secrets writes the real value)';

/**
 * What an output writes for one secret: the real value only when the user
 * asked for it; a file that is secret only because it holds a secret value
 * keeps the rest of its text with the values replaced (`mask`), so the service
 * still finds a config it can read and the reviewer sees where the values go;
 * anything else the placeholder. The manifests' Secret and compose's secret
 * files say the same of the same secret.
 */
export function secretText(s: SecretSpec, includeSecrets: boolean, mask: (text: string) => string, placeholder = SECRET_PLACEHOLDER): string {
  if (includeSecrets && s.value !== undefined) return s.value;
  if (s.value !== undefined && s.reason === 'secret value in content') return mask(s.value);
  return placeholder;
}
