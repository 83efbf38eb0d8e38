/**
 * Which attribute values are secrets: by the name of the key that holds them.
 * Modelled on real attribute trees (vsftpd's ['ssl']['key'] hash of file
 * settings; a ['db']['password'] hash of per-user passwords).
 */
import { describe, expect, it } from 'vitest';
import { secretAttributeEntries, secretPropertyEntries } from '../../src/plan/secret-values.js';

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

  it('a resource property named like a secret holds one (a password handed to a custom resource); its settings and short values do not', () => {
    const found = secretPropertyEntries([
      { properties: { password: 'gsql', version: '11.4', setup_repo: false } },
      { properties: { root_password: 'generate-me', password_file: '/etc/pw', key_size: '4096', token: 'nil' } },
      // A repository's signing key is public.
      { properties: { key: 'F1656F24C74CD1D8', gpg_key: 'ABCDEF0123456789', api_key: 'k-9f3e' } },
    ]);
    expect(found).toEqual([
      { value: 'generate-me', name: 'root_password' },
      { value: 'gsql', name: 'password' },
      { value: 'k-9f3e', name: 'api_key' },
    ]);
  });

  it('a property its custom resource declares sensitive is a secret whatever its name', () => {
    const found = secretPropertyEntries([
      { properties: { rootpw: 'password', basedn: 'dc=example,dc=com' }, sensitiveProperties: ['rootpw'] },
      // The same name on a resource that does not declare it sensitive says nothing.
      { properties: { rootpw: 'other-value' } },
    ]);
    expect(found).toEqual([{ value: 'password', name: 'rootpw' }]);
  });
});
