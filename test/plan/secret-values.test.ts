/**
 * Which attribute values are secrets: by the name of the key that holds them.
 * Modelled on real attribute trees (vsftpd's ['ssl']['key'] hash of file
 * settings; a ['db']['password'] hash of per-user passwords).
 */
import { describe, expect, it } from 'vitest';
import { secretAttributeEntries } from '../../src/plan/secret-values.js';

describe('secret attribute values', () => {
  it('a leaf named like a secret is one; a hash of a key file\'s settings is not', () => {
    const found = secretAttributeEntries({
      vsftpd: { ssl: { key: { path: '/etc/ssl/private/vsftpd.pem', group: 'root', owner: 'root' } }, api_key: 'abcd1234' },
    });
    expect(found.map((f) => `${f.name}=${f.value}`)).toEqual(['api_key=abcd1234']);
  });

  it('everything under a password or secret hash is secret, except that secret\'s own settings', () => {
    const found = secretAttributeEntries({ db: { passwords: { app: 's3cr3t-app', admin: 's3cr3t-adm', owner: 'mysql' } } });
    expect(found.map((f) => f.value)).toEqual(['s3cr3t-adm', 's3cr3t-app']);
  });

  it('short and path-like values are not hidden', () => {
    expect(secretAttributeEntries({ app: { password: 'abc', secret_file: '/etc/app/secret' } })).toEqual([]);
  });
});
