/**
 * Code highlighted at convert time, so the page shows colours without
 * running a script. highlight.js escapes the text it is given; its markup is
 * spans only, which `splitLines` closes at each line end and reopens on the
 * next, so every source line is its own element a link can point at.
 */
import hljs from 'highlight.js/lib/core';
import bash from 'highlight.js/lib/languages/bash';
import dockerfile from 'highlight.js/lib/languages/dockerfile';
import erb from 'highlight.js/lib/languages/erb';
import json from 'highlight.js/lib/languages/json';
import ruby from 'highlight.js/lib/languages/ruby';
import xml from 'highlight.js/lib/languages/xml';
import yaml from 'highlight.js/lib/languages/yaml';
import { escapeHtml, trusted, type Html } from './html.js';

const LANGUAGES = { bash, dockerfile, erb, json, ruby, xml, yaml } as const;
export type Language = keyof typeof LANGUAGES | 'plaintext';

for (const [name, language] of Object.entries(LANGUAGES)) hljs.registerLanguage(name, language);

/** Past this, a file is printed plain: highlighting a huge generated file would cost more than it shows. */
const MAX_HIGHLIGHTED_CHARS = 128 * 1024;
/**
 * Past this, a file with such a line is printed plain too: several of
 * highlight.js's Ruby rules look ahead along a word at every position, so one
 * 100 kB line cost 9 CPU seconds (fuzz seed 1 case 49, a huge line in an
 * attributes file). Real source lines are far shorter; minified data is not
 * worth colouring.
 */
const MAX_HIGHLIGHTED_LINE = 2000;

/** The language a cookbook file is written in, by its name. */
export function languageOf(file: string): Language {
  if (/\.erb$/.test(file)) return 'erb';
  if (/\.rb$|(^|\/)(Berksfile|Policyfile|Gemfile)$/.test(file)) return 'ruby';
  if (/\.ya?ml$/.test(file)) return 'yaml';
  if (/\.json$/.test(file)) return 'json';
  if (/\.(sh|bash)$/.test(file)) return 'bash';
  if (/(^|\/)Dockerfile$/.test(file)) return 'dockerfile';
  return 'plaintext';
}

/** hljs markup split into lines, each with balanced spans. */
export function splitLines(markup: string): string[] {
  const lines: string[] = [];
  const open: string[] = [];
  let current = '';
  for (const token of markup.split(/(<span[^>]*>|<\/span>|\n)/)) {
    if (token === '\n') {
      lines.push(current + '</span>'.repeat(open.length));
      current = open.join('');
    } else if (token.startsWith('<span')) {
      open.push(token);
      current += token;
    } else if (token === '</span>') {
      open.pop();
      current += token;
    } else current += token;
  }
  lines.push(current + '</span>'.repeat(open.length));
  return lines;
}

/** The text's lines, highlighted as `language` (a trailing newline makes no empty last line). */
export function highlightLines(text: string, language: Language): Html[] {
  const body = text.replace(/\r\n?/g, '\n').replace(/\n$/, '');
  const plain = language === 'plaintext' || body.length > MAX_HIGHLIGHTED_CHARS || body.split('\n').some((line) => line.length > MAX_HIGHLIGHTED_LINE);
  const markup = plain ? escapeHtml(body) : hljs.highlight(body, { language, ignoreIllegals: true }).value;
  return splitLines(markup).map(trusted);
}

