import { join } from 'node:path';
import { repo } from './cli-run.js';

/**
 * test/hardening/inputs/secrets-repo plants known values where cookbooks keep
 * secrets: a `*password*` attribute, a data bag item, a sensitive template and
 * file, a password on an execute's command line, a token in a template
 * variable, a resource name quoting the password, a password property of a
 * custom resource in its step's command and guard. None may reach a
 * Dockerfile, a context file, a ConfigMap, a report, a log line or an image
 * layer; with --include-secrets they reach the Secret manifests only.
 */
export const input = join(repo, 'test', 'hardening', 'inputs', 'secrets-repo');
export const SECRETS = ['s3cr3t-attr-5b1f', 's3cr3t-bag-7c2e', 's3cr3t-file-3e8d', 's3cr3t-tok-91ad', 's3cr3t-prop-4a7b'];
/** A value of the same files that is not secret: proves the searches look where the secrets would be. */
export const PLAIN = 'listen 127.0.0.1';

export function leaks(where: string, bytes: Buffer | string): string[] {
  const b = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
  return SECRETS.filter((s) => b.includes(s)).map((s) => `${s} in ${where}`);
}

