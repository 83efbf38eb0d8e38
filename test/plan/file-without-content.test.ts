/**
 * A `file` that names no content: Chef's :create (and :touch) makes it empty
 * on a fresh server. The apt cookbook's `file
 * '/var/lib/apt/periodic/update-success-stamp'` shipped as unknown content,
 * an error that asked plan.yaml for a value Chef never had.
 */
import { describe, expect, it } from 'vitest';
import { Unknown } from '../../src/model/data.js';
import { loadCatalog } from '../../src/plan/catalog/load-catalog.js';
import { planApp } from '../../src/plan/plan-app.js';
import { converge, res } from './make-converge.js';

function unitFiles(fileRes: ReturnType<typeof res>) {
  const { catalog } = loadCatalog();
  const app = planApp(converge([res('package', 'nginx', { actions: ['install'] }), fileRes, res('service', 'nginx', { actions: ['enable', 'start'] })]), { name: 'web', version: '1.0.0', labels: {}, catalog });
  return app.units[0]!.files;
}

describe('a file resource without content', () => {
  it('is an empty file', () => {
    const files = unitFiles(res('file', '/var/lib/apt/periodic/update-success-stamp', { actions: ['create'], properties: { owner: 'root', group: 'root' } }));
    expect(files.map((f) => [f.path, f.content])).toEqual([['/var/lib/apt/periodic/update-success-stamp', { kind: 'inline', text: '' }]]);
  });

  it('whose content is not known stays unknown', () => {
    const files = unitFiles(res('file', '/etc/app.conf', { actions: ['create'], properties: { content: new Unknown('a search result', { file: 'r.rb', line: 1, column: 1 }) }, unknown: ['properties.content'] }));
    expect(files.map((f) => f.content.kind)).toEqual(['unknown']);
  });
});
