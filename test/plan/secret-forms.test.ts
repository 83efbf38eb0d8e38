/**
 * A secret written in another form is the secret (src/plan/secret-forms.ts): percona's replication recipe runs
 * `mysql -p#{Shellwords.escape(root_pass)}`, and the escaped text did not contain the value, so the step went into
 * a RUN as if it held none. The forms are Ruby 3.1's own results (checked with /usr/bin/ruby).
 */
import { describe, expect, it } from 'vitest';
import { redactor } from '../../src/emit/redactor.js';
import { secretForms, secretTexts, urlEncode } from '../../src/plan/secret-forms.js';
import { secretReferences, withReferences } from '../../src/plan/secret-references.js';
import { secretMatcher } from '../../src/plan/secret-values.js';

describe('secretForms', () => {
  it('is the value alone when no encoding changes it (a hex password)', () => {
    expect(secretForms('9f86d081884c7d65').map((f) => f.text)).toEqual(['9f86d081884c7d65']);
  });

  it('adds the shell-escaped, form-encoded, percent-encoded and JSON-escaped texts, each once', () => {
    // ruby -rshellwords -rjson -rerb -ruri -e 'v="7tCk(V5I"; p Shellwords.escape(v), URI.encode_www_form_component(v), ERB::Util.url_encode(v)'
    expect(secretForms('7tCk(V5I').map((f) => [f.form, f.text])).toEqual([
      ['', '7tCk(V5I'],
      ['shell', '7tCk\\(V5I'],
      ['form', '7tCk%28V5I'],
    ]);
    expect(secretForms('p w"d').map((f) => [f.form, f.text])).toEqual([
      ['', 'p w"d'],
      ['shell', 'p\\ w\\"d'],
      ['form', 'p+w%22d'],
      ['url', 'p%20w%22d'],
      ['json', 'p w\\"d'],
    ]);
  });

  it('percent-encodes as ERB::Util.url_encode does: UTF-8 bytes, `~` kept', () => {
    expect(urlEncode('a~b é*')).toBe('a~b%20%C3%A9%2A');
  });

  it('lists every text of several values once', () => {
    expect(secretTexts(['ab(c', 'plain'])).toEqual(['ab(c', 'ab\\(c', 'ab%28c', 'plain']);
  });
});

describe('a secret in another form', () => {
  it('is found in a command that holds it shell-escaped', () => {
    const holds = secretMatcher(['7tCk(V5I']);
    expect(holds('/usr/bin/mysql -p7tCk\\(V5I < /etc/mysql/replication.sql')).toBe(true);
    expect(holds('mysql://root:7tCk%28V5I@localhost/')).toBe(true);
    expect(holds('/usr/bin/mysql -u root')).toBe(false);
  });

  it('gets its own reference holding that form, so the filled text reads as the cookbook wrote it', () => {
    const refs = secretReferences([{ value: '7tCk(V5I', name: 'root_password' }]);
    expect(refs).toEqual([
      { value: '7tCk(V5I', env: 'DECANT_SECRET_ROOT_PASSWORD' },
      { value: '7tCk\\(V5I', env: 'DECANT_SECRET_ROOT_PASSWORD_SHELL', how: 'shell-escaped (Shellwords.escape)' },
      { value: '7tCk%28V5I', env: 'DECANT_SECRET_ROOT_PASSWORD_FORM', how: 'form-encoded (URI.encode_www_form_component, CGI.escape)' },
    ]);
    expect(withReferences("mysql -p7tCk\\(V5I -e 'x'; echo '7tCk(V5I'", refs).text).toBe("mysql -p${DECANT_SECRET_ROOT_PASSWORD_SHELL} -e 'x'; echo '${DECANT_SECRET_ROOT_PASSWORD}'");
  });

  it('is redacted from every output', () => {
    expect(redactor(['7tCk(V5I'])('RUN mysql -p7tCk\\(V5I')).toBe('RUN mysql -p<redacted secret>');
  });
});
