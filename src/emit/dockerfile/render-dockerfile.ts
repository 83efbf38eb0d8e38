import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { templatesDir } from '../templates-dir.js';
import type { DockerfileView } from './view-types.js';

let compiled: HandlebarsTemplateDelegate<DockerfileView> | undefined;

export function renderDockerfile(view: DockerfileView): string {
  compiled ??= Handlebars.compile<DockerfileView>(readFileSync(join(templatesDir(), 'Dockerfile.hbs'), 'utf8'), { noEscape: true, strict: true });
  return compiled(view);
}
