import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Every file under the build context, sorted, as tar entries (POSIX separators). */
export async function contextFiles(context: string): Promise<string[]> {
  const entries = await readdir(context, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => !e.isDirectory())
    .map((e) => relative(context, join(e.parentPath ?? (e as unknown as { path: string }).path, e.name)).split(sep).join('/'))
    .sort();
}
