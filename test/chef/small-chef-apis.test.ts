/** Small Chef APIs of the long tail (issue 15): each modelled on a real cookbook pattern and written here. */
import { describe, expect, it } from 'vitest';
import { evaluateCookbook } from './evaluate-recipe.js';
import type { Converge } from '../../src/model/converge.js';

const names = (c: Converge): string[] => c.resources.map((r) => `${r.type}[${String(r.name)}]`);
const warnings = (c: Converge): string[] => c.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.message);

describe('ChefUtils::Dist', () => {
  it("answers Chef Infra 18's product and program names", async () => {
    const c = await evaluateCookbook('sca', {
      'recipes/default.rb': [
        'directory "/etc/#{ChefUtils::Dist::Infra::DIR_SUFFIX}"',
        'file "/tmp/#{ChefUtils::Dist::Infra::CLIENT}" do',
        '  content "#{ChefUtils::Dist::Infra::PRODUCT} (#{ChefUtils::Dist::Infra::SHORT}, #{ChefUtils::Dist::Infra::EXEC}) #{ChefUtils::Dist::Solo::EXEC}"',
        'end',
      ].join('\n'),
    });
    expect(warnings(c)).toEqual([]);
    expect(names(c)).toEqual(['directory[/etc/chef]', 'file[/tmp/chef-client]']);
    expect(c.resources[1]!.properties['content']).toBe('Chef Infra Client (chef, chef) chef-solo');
  });
});
