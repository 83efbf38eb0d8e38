/**
 * The forms a secret is written in besides itself. decant tracks secrets by
 * value (secret-values.ts), but a cookbook rarely writes a password bare into
 * a command: `Shellwords.escape(pw)` / `pw.shellescape` quote it for sh,
 * `URI.encode_www_form_component` / `ERB::Util.url_encode` put it in a URL,
 * `to_json` in a JSON config. Percona's replication recipe runs
 * `mysql -p#{Shellwords.escape(root_pass)}`: the escaped text did not contain
 * the value, so a step holding `-p7tCk\(V5I` went into a RUN as if it held no
 * secret. Each form is found, hidden and substituted like the value itself;
 * the Secret key of a form holds that form (what the cookbook wrote there).
 */
import { shellEscape } from '../chef/interpreter/core-shellwords.js';
import { encodeWwwFormComponent } from '../chef/interpreter/core-uri-form.js';

export interface SecretForm {
  /** The text as the cookbook writes it. */
  readonly text: string;
  /** '' for the value itself, else what wrote it: `shell`, `form`, `url`, `json`. */
  readonly form: string;
  /** For a reviewer: how the value was written, e.g. `shell-escaped (Shellwords.escape)`. */
  readonly how: string;
}

/** ERB::Util.url_encode (and CGI.escapeURIComponent): every byte outside `A-Za-z0-9_.~-` percent-encoded, a space too. */
export function urlEncode(s: string): string {
  return [...Buffer.from(s, 'utf8')].map((b) => (/[A-Za-z0-9_.~-]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
}

const ENCODERS: readonly { readonly form: string; readonly how: string; readonly encode: (s: string) => string }[] = [
  { form: 'shell', how: 'shell-escaped (Shellwords.escape)', encode: shellEscape },
  { form: 'form', how: 'form-encoded (URI.encode_www_form_component, CGI.escape)', encode: encodeWwwFormComponent },
  { form: 'url', how: 'percent-encoded (ERB::Util.url_encode)', encode: urlEncode },
  { form: 'json', how: 'JSON-escaped (to_json)', encode: (s) => JSON.stringify(s).slice(1, -1) },
];

/** The value itself first, then each encoding of it that differs from the value and from the ones before. */
export function secretForms(value: string): SecretForm[] {
  const out: SecretForm[] = [{ text: value, form: '', how: 'the value' }];
  for (const e of ENCODERS) {
    const text = e.encode(value);
    if (!out.some((f) => f.text === text)) out.push({ text, form: e.form, how: e.how });
  }
  return out;
}

/** Every text a list of secret values may be written as, each once. */
export function secretTexts(values: readonly string[]): string[] {
  return [...new Set(values.flatMap((v) => secretForms(v).map((f) => f.text)))];
}
