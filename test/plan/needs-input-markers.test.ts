/** A shipped file whose text holds a «decant: unknown …» marker is incomplete however the marker got there (issue 16's rule, kept by construct). */
import { describe, expect, it } from 'vitest';
import { incompleteFile } from '../../src/plan/needs-input.js';
import type { FileSpec } from '../../src/model/plan.js';

const file = (content: FileSpec['content']) => ({ path: '/opt/kafka/config/log4j.properties', content }) as FileSpec;
const MARKED = 'a=1«decant: unknown global variable $INPUT_RECORD_SEPARATOR is $/ only where English is loaded»b=2\n';

describe('incomplete shipped files', () => {
  it('a rendered file the render called complete is still incomplete when its text holds a marker', () => {
    expect(incompleteFile(file({ kind: 'rendered', text: MARKED, complete: true }))).toBe(
      '/opt/kafka/config/log4j.properties: rendered with values decant could not know (global variable $INPUT_RECORD_SEPARATOR is $/ only where English is loaded)',
    );
  });

  it('inline content with a marker is incomplete; whole text is not', () => {
    expect(incompleteFile(file({ kind: 'inline', text: MARKED }))).toMatch(/rendered with values decant could not know/);
    expect(incompleteFile(file({ kind: 'inline', text: 'a=1\n' }))).toBeUndefined();
    expect(incompleteFile(file({ kind: 'rendered', text: 'a=1\n', complete: true }))).toBeUndefined();
  });
});
