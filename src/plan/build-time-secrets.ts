/**
 * Key material a build step would generate (a private key, a self-signed
 * certificate, a random password) is a secret: in an image layer it is
 * shared by every container of the image and readable by whoever pulls it.
 * Such a step is taken out of the image; the unit needs the material from a
 * Secret instead, and says so (DEC0522, needsInput, a review item).
 */
import { error } from '../diagnostics/create.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { App, BuildStep } from '../model/plan.js';

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

/** The app with key-generating build steps taken out of its images, each an error and a reason the unit needs input. */
export function keepSecretsOutOfLayers(app: App): App {
  const diagnostics: Diagnostic[] = [];
  const units = app.units.map((u) => {
    const reasons: string[] = [];
    const kept = u.buildSteps.filter((s) => {
      const what = generatedSecret(s);
      if (!what) return true;
      const why = `${s.resource} generates ${what} at build time; it is not baked into the image: supply it as a Secret mounted where the service reads it`;
      reasons.push(why);
      diagnostics.push(
        error(
          'DEC0522',
          `unit ${u.name}: ${why}`,
          s.source,
          'create the key or certificate outside the image (a Secret, or an init container writing to an emptyDir) and mount it at the path the step wrote',
        ),
      );
      return false;
    });
    if (!reasons.length) return u;
    return { ...u, buildSteps: kept, needsInput: [...(u.needsInput ?? []), ...reasons] };
  });
  return { ...app, units, diagnostics: [...app.diagnostics, ...diagnostics] };
}
