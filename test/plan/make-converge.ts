import type { Converge, Resource } from '../../src/model/converge.js';

let counter = 0;

/** A resource as the evaluator would hand it over, with defaults for what a test does not care about. */
export function res(type: string, name: string, extra: Partial<Resource> = {}): Resource {
  return {
    index: counter++,
    type,
    name,
    cookbook: 'web',
    recipe: 'web::default',
    actions: [],
    properties: {},
    notifies: [],
    subscribes: [],
    guards: [],
    source: { file: 'recipes/default.rb', line: counter, column: 1, cookbook: 'web' },
    unknown: [],
    sensitive: false,
    ...extra,
  };
}

export function converge(resources: Resource[], attributes: Converge['attributes'] = {}): Converge {
  return {
    runList: ['web::default'],
    cookbookOrder: ['web'],
    platform: { id: 'debian-12', platform: 'debian', platformFamily: 'debian', platformVersion: '12', baseImage: 'debian:bookworm-slim' },
    attributes,
    resources: resources.map((r, index) => ({ ...r, index })),
    diagnostics: [],
  };
}

/** The nginx site most tests start from: package, site template, index file, started service. */
export function nginxSite(port = 8080): Converge {
  return converge([
    res('package', 'nginx', { actions: ['install'] }),
    res('template', '/etc/nginx/sites-available/default', {
      actions: ['create'],
      properties: { source: 'site.erb', mode: '0644' },
      notifies: [{ action: 'reload', resource: 'service[nginx]', timing: 'delayed' }],
      content: {
        kind: 'rendered',
        text: `server {\n  # listen 443 ssl;\n  listen ${port};\n  server_name example.test;\n  root /var/www/html;\n}\n`,
        complete: true,
        template: { file: 'templates/default/site.erb', line: 1, column: 1, cookbook: 'web' },
        unknowns: [],
      },
    }),
    res('cookbook_file', '/var/www/html/index.html', {
      actions: ['create'],
      content: { kind: 'cookbook-file', path: '/nonexistent/web/files/default/index.html', from: { file: 'files/default/index.html', line: 1, column: 1 } },
    }),
    res('service', 'nginx', { actions: ['enable', 'start'] }),
  ]);
}
