import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** templates/ at the project root, from src/ (tsx) or dist/ alike. */
export function templatesDir(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'templates');
}
