/** runit_service without the runit cookbook in the run still carries the run script it would render (sv-<name>-run.erb). */
import { describe, expect, it } from 'vitest';
import { evaluateCookbook } from './evaluate-recipe.js';

describe('runit_service run template', () => {
  it('renders sv-<run_template_name>-run.erb with @options from the options property', async () => {
    const c = await evaluateCookbook('httpd', {
      'recipes/default.rb': "runit_service 'httpd' do\n  options(port: 8091, user: 'www-data')\nend\nrunit_service 'other' do\n  run_template_name 'httpd'\n  options(port: 9000, user: 'nobody')\nend\n",
      'templates/sv-httpd-run.erb': '#!/bin/sh\nexec 2>&1\nexec chpst -u <%= @options[:user] %> /usr/sbin/mini_httpd -D -p <%= @options[:port] %>\n',
    });
    const [httpd, other] = c.resources;
    expect(httpd!.actions).toEqual(['enable']);
    expect(httpd!.content).toMatchObject({ kind: 'rendered', complete: true, text: '#!/bin/sh\nexec 2>&1\nexec chpst -u www-data /usr/sbin/mini_httpd -D -p 8091\n', template: { file: 'templates/sv-httpd-run.erb' } });
    expect(other!.content).toMatchObject({ kind: 'rendered', text: expect.stringContaining('chpst -u nobody /usr/sbin/mini_httpd -D -p 9000') });
  });

  it('says where it looked when the cookbook has no run template', async () => {
    const c = await evaluateCookbook('svc', { 'recipes/default.rb': "runit_service 'svc'\n" });
    expect(c.resources[0]!.content).toMatchObject({ kind: 'unknown', reason: expect.stringMatching(/sv-svc-run\.erb not found/) });
  });
});
