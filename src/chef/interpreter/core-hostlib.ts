/**
 * Standard-library modules whose answers are about the node or are made on it:
 * OpenSSL (digests are computed; keys, certificates and random bytes are
 * generated on the node, so they are Unknown saying so — never material
 * built into an image), Timeout (runs its block: a static reader does not
 * wait), sockets and Resolv (the network of the host), Etc's user and group
 * database (the host's), and Marshal (cookbooks deep-copy with
 * `Marshal.load(Marshal.dump(x))`).
 */
import { createHash } from 'node:crypto';
import { RArray, RHash, RObject, Unknown, type RubyValue } from '../values.js';
import type { InterpreterApi, ModuleDef, Native } from './runtime.js';
import { defineModule } from './define-module.js';
import { str } from './builtins/helpers.js';
import { makeRegexp } from './regexp.js';
import { registerNetHttpRequests } from './core-net-http-request.js';
import { OPENSSL_CIPHER_NAMES } from './openssl-cipher-names.js';
import { downloads } from './converge-fetch.js';

function singletons(mod: ModuleDef, table: Record<string, Native>): void {
  for (const [k, fn] of Object.entries(table)) mod.singletonMethods.set(k, fn);
}

const generated = (what: string): Native => (c) =>
  c.interp.unknown(`${what} generates key material on the node: it cannot be known before the run, and must not be built into an image (generate it when the container starts)`, c.node, 'DEC0302');

const onHost = (what: string): Native => (c) => c.interp.unknown(`${what} asks the host`, c.node);

const DIGESTS = [['MD5', 'md5'], ['SHA1', 'sha1'], ['SHA256', 'sha256'], ['SHA384', 'sha384'], ['SHA512', 'sha512']] as const;

function registerOpenSsl(interp: InterpreterApi): void {
  for (const [name, algorithm] of DIGESTS) {
    const of = (encoding: 'hex' | 'base64' | 'binary'): Native => (c) => {
      const v = c.args[0] ?? null;
      if (v instanceof Unknown) return v;
      return createHash(algorithm).update(str(v), 'utf8').digest(encoding);
    };
    singletons(defineModule(interp, `OpenSSL::Digest::${name}`, true), { hexdigest: of('hex'), base64digest: of('base64'), digest: of('binary') });
  }
  for (const name of ['RSA', 'EC', 'DH', 'DSA']) {
    singletons(defineModule(interp, `OpenSSL::PKey::${name}`, true), { new: generated(`OpenSSL::PKey::${name}.new`), generate: generated(`OpenSSL::PKey::${name}.generate`) });
  }
  singletons(defineModule(interp, 'OpenSSL::PKey'), { read: onHost('OpenSSL::PKey.read of key material'), generate_key: generated('OpenSSL::PKey.generate_key') });
  singletons(defineModule(interp, 'OpenSSL::Random'), { random_bytes: generated('OpenSSL::Random.random_bytes') });
  for (const name of ['Certificate', 'Request', 'CRL', 'Name', 'Extension', 'ExtensionFactory', 'Store']) {
    singletons(defineModule(interp, `OpenSSL::X509::${name}`, true), { new: onHost(`OpenSSL::X509::${name}.new (certificate material of the node)`) });
  }
  // The cipher names the node's OpenSSL offers, as Debian 12's OpenSSL 3.0 lists them (resources validate key_cipher with them).
  singletons(defineModule(interp, 'OpenSSL::Cipher', true), { new: generated('OpenSSL::Cipher.new'), ciphers: () => new RArray([...OPENSSL_CIPHER_NAMES]) });
  for (const e of ['OpenSSL::OpenSSLError', 'OpenSSL::PKey::PKeyError', 'OpenSSL::X509::CertificateError']) defineModule(interp, e, true);
  // The config file is the one the node's Ruby was built with (Chef's embedded OpenSSL keeps its own).
  const config = defineModule(interp, 'OpenSSL::Config', true);
  singletons(config, { load: onHost('OpenSSL::Config.load (the openssl.cnf of the node)'), new: onHost('OpenSSL::Config.new (the openssl.cnf of the node)') });
  config.constants.set('DEFAULT_CONFIG_FILE', new Unknown("OpenSSL::Config::DEFAULT_CONFIG_FILE is where the node's Ruby keeps openssl.cnf"));
}

/** Resolv::IPv4's address patterns, as Ruby's resolv.rb writes them (resource properties validate with them). */
const IPV4_OCTET = '0|1(?:[0-9][0-9]?)?|2(?:[0-4][0-9]?|5[0-5]?|[6-9])?|[3-9][0-9]?';

/** A deep copy of plain data: what `Marshal.load(Marshal.dump(x))` gives for strings, numbers, arrays and hashes. */
function deepCopy(v: RubyValue): RubyValue {
  if (v instanceof RArray) return new RArray(v.items.map(deepCopy));
  if (v instanceof RHash) {
    const h = RHash.from(v.entries().map(([k, x]) => [deepCopy(k), deepCopy(x)] as [RubyValue, RubyValue]));
    h.defaultValue = v.defaultValue;
    return h;
  }
  return v;
}

export function registerHostLibraries(interp: InterpreterApi): void {
  registerOpenSsl(interp);

  const timeout = defineModule(interp, 'Timeout');
  defineModule(interp, 'Timeout::Error', true);
  // The block runs to its end: nothing here takes wall-clock time, so no timeout fires.
  singletons(timeout, { timeout: (c) => (c.block ? c.interp.yieldTo(c.block, [c.args[0] ?? null], c.node) : null) });

  for (const name of ['TCPSocket', 'UDPSocket', 'UNIXSocket', 'TCPServer']) {
    singletons(defineModule(interp, name, true), { new: onHost(`${name}.new connects from the host`), open: onHost(`${name}.open connects from the host`) });
  }
  // A connection or a request made while Chef runs: its answer is the network's on the day (converge-fetch.ts).
  singletons(defineModule(interp, 'Net::HTTP', true), {
    get: downloads('Net::HTTP.get'), get_response: downloads('Net::HTTP.get_response'), get_print: downloads('Net::HTTP.get_print'),
    start: downloads('Net::HTTP.start'), new: downloads('Net::HTTP.new'), post_form: downloads('Net::HTTP.post_form'), post: downloads('Net::HTTP.post'),
  });
  registerNetHttpRequests(interp);
  for (const name of ['Net::HTTPSuccess', 'Net::OpenTimeout', 'Net::ReadTimeout']) defineModule(interp, name, true);
  singletons(defineModule(interp, 'Resolv', true), {
    getaddress: onHost('Resolv.getaddress (DNS)'), getaddresses: onHost('Resolv.getaddresses (DNS)'), getname: onHost('Resolv.getname (DNS)'), getnames: onHost('Resolv.getnames (DNS)'),
  });
  defineModule(interp, 'Resolv::ResolvError', true);
  const ipv4 = defineModule(interp, 'Resolv::IPv4', true);
  ipv4.constants.set('Regex256', makeRegexp(IPV4_OCTET, ''));
  ipv4.constants.set('Regex', makeRegexp(`\\A(${IPV4_OCTET})\\.(${IPV4_OCTET})\\.(${IPV4_OCTET})\\.(${IPV4_OCTET})\\z`, ''));
  for (const e of ['Errno::ECONNREFUSED', 'Errno::EHOSTUNREACH', 'Errno::ETIMEDOUT', 'Errno::EACCES', 'Errno::EEXIST', 'SocketError']) defineModule(interp, e, true);

  singletons(defineModule(interp, 'Etc'), {
    getgrgid: onHost('Etc.getgrgid (the group database)'), getgrnam: onHost('Etc.getgrnam (the group database)'),
    getpwuid: onHost('Etc.getpwuid (the user database)'), passwd: onHost('Etc.passwd (the user database)'), group: onHost('Etc.group (the group database)'),
  });

  const marshalled = new WeakMap<RObject, RubyValue>();
  singletons(defineModule(interp, 'Marshal'), {
    dump: (c) => {
      const v = c.args[0] ?? null;
      if (v instanceof Unknown) return v;
      const o = new RObject('String');
      marshalled.set(o, deepCopy(v));
      return o;
    },
    load: (c) => {
      const o = c.args[0] ?? null;
      if (o instanceof Unknown) return o;
      const v = o instanceof RObject ? marshalled.get(o) : undefined;
      return v === undefined ? c.interp.unknown('Marshal.load of bytes not dumped in this run', c.node, 'DEC0302') : deepCopy(v);
    },
  });
}
