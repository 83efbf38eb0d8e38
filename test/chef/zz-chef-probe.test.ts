import { describe, it } from 'vitest';
import { evaluateCookbook } from './evaluate-recipe.js';

function show(c: Awaited<ReturnType<typeof evaluateCookbook>>) {
  const rs = (c as any).resources ?? [];
  console.log(JSON.stringify(rs.map((r: any) => [r.type, r.name, r.properties, (r.guards ?? []).map((g: any) => g.outcome)]), null, 0).slice(0, 3000));
  console.log(JSON.stringify(((c as any).diagnostics ?? []).map((d: any) => `${d.code} ${d.message} @${d.location?.file}:${d.location?.line}`), null, 1));
}

describe('probe', () => {
  it('platform_family in custom resource', async () => {
    show(await evaluateCookbook('cb', {
      'resources/svc.rb': [
        "action :create do",
        "  a = platform_family?('rhel')",
        "  file \"/etc/x\" do",
        "    content \"#{a} #{platform_family?('rhel')} #{method(:platform_family?) rescue 'nometh'}\"",
        "    only_if { platform_family?('rhel') }",
        "  end",
        "end",
      ].join('\n'),
      'recipes/default.rb': "cb_svc 'one'\n",
    }));
  });
});
