/**
 * The openssl command that makes what an openssl_* resource makes, as Chef's
 * openssl resources do it with Ruby's OpenSSL: the same key types, lengths,
 * subject and lifetime. Undefined when the resource needs material decant
 * does not have at start (a passphrase, a CA's key, a key given as content).
 */
import type { Resource } from '../../model/converge.js';
import { displayName, mode, num, str, strList } from '../property-values.js';
import { shellQuote } from './file.js';

export interface OpensslWork {
  readonly command: string;
  readonly writes: readonly string[];
  readonly what: string;
}

const pathOf = (r: Resource): string => str(r.properties['path']) ?? displayName(r.name);

/** Chef's default: the key beside the certificate, with the certificate's name and `.key`. */
function keyFileOf(r: Resource): string {
  const given = str(r.properties['key_file']);
  if (given) return given;
  const path = pathOf(r);
  const dir = path.slice(0, path.lastIndexOf('/')) || '/';
  const base = path.slice(path.lastIndexOf('/') + 1).replace(/\.[^.]*$/, '');
  return `${dir === '/' ? '' : dir}/${base}.key`;
}

/** `/C=…/ST=…/L=…/O=…/OU=…/CN=…/emailAddress=…`, `/` in a value escaped as openssl reads it. */
function subject(r: Resource): string {
  const fields: [string, string][] = [
    ['C', 'country'], ['ST', 'state'], ['L', 'city'], ['O', 'org'], ['OU', 'org_unit'], ['CN', 'common_name'], ['emailAddress', 'email'],
  ];
  const parts = fields.flatMap(([k, p]) => {
    const v = str(r.properties[p]);
    return v ? [`/${k}=${v.replace(/\//g, '\\/')}`] : [];
  });
  return parts.length ? parts.join('') : '/';
}

/** A new key of the resource's type for `openssl req -newkey`. */
function newKeySpec(r: Resource): string {
  return str(r.properties['key_type']) === 'ec' ? `ec -pkeyopt ec_paramgen_curve:${str(r.properties['key_curve']) ?? 'prime256v1'}` : `rsa:${num(r.properties['key_length']) ?? 2048}`;
}

/** Mode and owner as the resource sets them, after the file is written. */
function finish(r: Resource, paths: readonly string[]): string {
  const m = mode(r.properties['mode']);
  const owner = str(r.properties['owner']);
  const group = str(r.properties['group']);
  const files = paths.map(shellQuote).join(' ');
  return [...(m ? [` && chmod ${m} ${files}`] : []), ...(owner || group ? [` && chown ${shellQuote(`${owner ?? 'root'}${group ? `:${group}` : ''}`)} ${files}`] : [])].join('');
}

/** A certificate or request over an existing key when one is there (as Chef reuses key_file), else over a new one. */
function reqCommand(r: Resource, x509: boolean): OpensslWork | undefined {
  if (str(r.properties['ca_key_file']) || str(r.properties['ca_cert_file']) || str(r.properties['key_pass']) || str(r.properties['key_content'])) return undefined;
  const path = pathOf(r);
  const key = keyFileOf(r);
  const days = x509 ? ` -days ${num(r.properties['expire']) ?? 365}` : '';
  const san = strList(r.properties['subject_alt_name']);
  const ext = san.length ? ` -addext ${shellQuote(`subjectAltName=${san.join(',')}`)}` : '';
  const kind = x509 ? '-x509' : '-new';
  const subj = `-subj ${shellQuote(subject(r))}`;
  const command =
    `if [ -f ${shellQuote(key)} ]; then openssl req ${kind} -key ${shellQuote(key)} -out ${shellQuote(path)}${days} ${subj}${ext}; ` +
    `else openssl req ${kind} -newkey ${newKeySpec(r)} -nodes -keyout ${shellQuote(key)} -out ${shellQuote(path)}${days} ${subj}${ext}; fi${finish(r, [path, key])}`;
  return { command, writes: [path, key], what: x509 ? 'a self-signed certificate and its key (openssl)' : 'a certificate request and its key (openssl)' };
}

export function opensslWork(r: Resource): OpensslWork | undefined {
  const path = pathOf(r);
  const out = shellQuote(path);
  switch (r.type) {
    case 'openssl_rsa_private_key':
    case 'openssl_rsa_key':
      if (str(r.properties['key_pass'])) return undefined;
      return { command: `openssl genrsa -out ${out} ${num(r.properties['key_length']) ?? 2048}${finish(r, [path])}`, writes: [path], what: 'a private key (openssl)' };
    // cheffish's private_key: RSA of `size` bits in PEM unless told otherwise (a passphrase or another type or format: a Secret).
    case 'private_key': {
      const type = str(r.properties['type']) ?? 'rsa';
      const format = str(r.properties['format']) ?? 'pem';
      if (str(r.properties['pass_phrase']) || type !== 'rsa' || format !== 'pem') return undefined;
      return { command: `openssl genrsa -out ${out} ${num(r.properties['size']) ?? 2048}${finish(r, [path])}`, writes: [path], what: 'a private key (openssl)' };
    }
    case 'openssl_ec_private_key':
      if (str(r.properties['key_pass'])) return undefined;
      return { command: `openssl ecparam -name ${str(r.properties['key_curve']) ?? 'prime256v1'} -genkey -noout -out ${out}${finish(r, [path])}`, writes: [path], what: 'a private key (openssl)' };
    case 'openssl_rsa_public_key':
    case 'openssl_ec_public_key': {
      // The public half of a key made at start is made at start too; from key content, decant has no file to read.
      const priv = str(r.properties['private_key_path']);
      if (!priv || str(r.properties['private_key_pass'])) return undefined;
      const tool = r.type === 'openssl_rsa_public_key' ? 'rsa' : 'ec';
      return { command: `openssl ${tool} -in ${shellQuote(priv)} -pubout -out ${out}${finish(r, [path])}`, writes: [path], what: 'a public key from a key made at start (openssl)' };
    }
    case 'openssl_x509_certificate':
    case 'openssl_x509':
      return reqCommand(r, true);
    case 'openssl_x509_request':
      return reqCommand(r, false);
    default:
      return undefined;
  }
}
