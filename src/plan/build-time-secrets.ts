/**
 * Key material a build step would generate (a private key, a self-signed
 * certificate, a random password) is a secret: in an image layer it is
 * shared by every container of the image and readable by whoever pulls it.
 * Such a step is taken out of the image: it runs when the pod starts when
 * decant can name the files it writes (DEC0523, src/plan/runtime-steps.ts),
 * else the unit needs the material from a Secret and says so (DEC0522,
 * needsInput, a review item).
 */
import { error } from '../diagnostics/create.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { App, BuildStep, RuntimeStep } from '../model/plan.js';
import { asRuntimeStep, perPodKey } from './runtime-steps.js';

/** Commands that make secret material; `openssl dhparam` makes public parameters and is left alone. */
const GENERATORS: readonly { readonly pattern: RegExp; readonly what: string }[] = [
  { pattern: /\bopenssl\s+(genrsa|genpkey|ecparam\b[^;&|]*-genkey)/, what: 'a private key (openssl)' },
  { pattern: /\bopenssl\s+req\b[^;&|]*(-new|-x509)/, what: 'a certificate and its key (openssl req)' },
  { pattern: /\bopenssl\s+rand\b/, what: 'a random secret (openssl rand)' },
  { pattern: /\bssh-keygen\b/, what: 'an SSH key (ssh-keygen)' },
  { pattern: /\b(pwgen|mkpasswd|apg)\b/, what: 'a random password' },
  { pattern: /\/dev\/u?random\b/, what: 'a random secret (/dev/urandom)' },
  { pattern: /\b(make-ssl-cert|certtool\s+--generate-privkey)\b/, what: 'a private key' },
];

/** What secret material the step generates; undefined when none. */
export function generatedSecret(step: Pick<BuildStep, 'command'>): string | undefined {
  return GENERATORS.find((g) => g.pattern.test(step.command))?.what;
}

/**
 * The app with key-generating build steps taken out of its images: each one
 * whose output decant can name runs when the pod starts instead (a warning:
 * the key is per pod), the others are an error and a reason the unit needs input.
 */
export function keepSecretsOutOfLayers(app: App): App {
  const diagnostics: Diagnostic[] = [];
  const units = app.units.map((u) => {
    const reasons: string[] = [];
    const runtime: RuntimeStep[] = [];
    const kept = u.buildSteps.filter((s) => {
      const what = generatedSecret(s);
      if (!what) return true;
      const moved = asRuntimeStep(s, what);
      if (moved) {
        runtime.push(moved);
        diagnostics.push(perPodKey(u.name, moved));
        return false;
      }
      const why = `${s.resource} generates ${what} at build time and decant cannot tell which files it writes; it is not baked into the image: supply it as a Secret mounted where the service reads it`;
      reasons.push(why);
      diagnostics.push(
        error(
          'DEC0522',
          `unit ${u.name}: ${why}`,
          s.source,
          'write the output paths in the command itself (openssl -out/-keyout, ssh-keygen -f, > FILE) so decant runs it when the pod starts, or create the key outside the image (a Secret) and mount it at the path the step wrote',
        ),
      );
      return false;
    });
    if (!reasons.length && !runtime.length) return u;
    return {
      ...u,
      buildSteps: kept,
      ...(runtime.length ? { runtimeSteps: inConvergeOrder([...(u.runtimeSteps ?? []), ...runtime], app) } : {}),
      ...(reasons.length ? { needsInput: [...(u.needsInput ?? []), ...reasons] } : {}),
    };
  });
  return { ...app, units, diagnostics: [...app.diagnostics, ...diagnostics] };
}

/** Steps moved here join those openssl_* resources made, in the order chef-client ran them: a certificate may need a key made before it. */
function inConvergeOrder(steps: readonly RuntimeStep[], app: App): RuntimeStep[] {
  const index = new Map<string, number>();
  for (const d of app.decisions) if (!index.has(`${d.type}[${d.name}]`)) index.set(`${d.type}[${d.name}]`, d.index);
  const at = (s: RuntimeStep) => index.get(s.resource) ?? Number.MAX_SAFE_INTEGER;
  return steps.map((s, i) => ({ s, i })).sort((a, b) => at(a.s) - at(b.s) || a.i - b.i).map((x) => x.s);
}
