/**
 * Which of the cookbook's repositories apt could not read, from apt's own
 * update log (issue 13), and how an added repository enters the probe and the
 * cache key.
 */
import { describe, expect, it } from 'vitest';
import type { AddedRepository } from '../../src/model/package-facts.js';
import { addedSourceLine, platformArchive, repositoriesDigest, withRepositories } from '../../src/engine/package-facts/platform-archives.js';
import { aptUri, unreachableRepositories } from '../../src/engine/package-facts/repository-reachability.js';
import { localRepositoryBinds, probeEnvironment } from '../../src/engine/package-facts/run-probe.js';

const jenkins: AddedRepository = { name: 'jenkins', uri: 'https://pkg.jenkins.io/debian-stable', distribution: 'binary/', components: [], keyUrl: 'https://pkg.jenkins.io/debian-stable/jenkins.io-2023.key' };
const local: AddedRepository = { name: 'local', uri: 'file:///srv/repo/', distribution: './', components: [], trusted: true };
const influx: AddedRepository = { name: 'influxdata', uri: 'https://repos.influxdata.com/debian', distribution: 'stable', components: ['main'] };

// apt 2.6's words, as the probe printed them on this machine.
const LOG = `Get:1 http://deb.debian.org/debian bookworm InRelease [151 kB]
Err:1 https://pkg.jenkins.io/debian-stable/jenkins.io-2023.key
  Could not resolve 'pkg.jenkins.io'
KEY https://pkg.jenkins.io/debian-stable/jenkins.io-2023.key deb [signed-by=/etc/apt/keyrings/jenkins.asc] https://pkg.jenkins.io/debian-stable binary/
Get:2 file:/srv/repo ./ Release [1234 B]
Ign:3 https://repos.influxdata.com/debian stable InRelease
Err:3 https://repos.influxdata.com/debian stable InRelease
  Could not resolve 'repos.influxdata.com'
W: Failed to fetch https://repos.influxdata.com/debian/dists/stable/InRelease  Could not resolve 'repos.influxdata.com'
W: Some index files failed to download. They have been ignored, or old ones used instead.
`;

describe('unreachable repositories from the update log', () => {
  it('names each repository apt complained about, with its cause, and not the one it read', () => {
    const out = unreachableRepositories(LOG, [jenkins, local, influx]);
    expect(out.map((u) => u.uri)).toEqual([jenkins.uri, influx.uri]);
    expect(out[0]!.reason).toBe("Err:1 https://pkg.jenkins.io/debian-stable/jenkins.io-2023.key (Could not resolve 'pkg.jenkins.io')");
    expect(out[1]!.reason).toBe("Err:3 https://repos.influxdata.com/debian stable InRelease (Could not resolve 'repos.influxdata.com')");
  });

  it('a URI that is only a prefix of another is not that repository', () => {
    const other: AddedRepository = { ...influx, uri: 'https://repos.influxdata.com/deb' };
    expect(unreachableRepositories(LOG, [other])).toEqual([]);
  });

  it('reads file:/// as apt prints it', () => {
    expect(aptUri('file:///srv/repo/')).toBe('file:/srv/repo');
    expect(unreachableRepositories("E: The repository 'file:/srv/repo ./ Release' does not have a Release file.\n", [local]).map((u) => u.uri)).toEqual([local.uri]);
  });
});

describe('added repositories in the probe and the cache key', () => {
  const archive = platformArchive('debian-12', {})!;

  it('writes the line the Dockerfile writes', () => {
    expect(addedSourceLine(jenkins)).toBe('deb [signed-by=/etc/apt/keyrings/jenkins.asc] https://pkg.jenkins.io/debian-stable binary/');
    expect(addedSourceLine(local)).toBe('deb [trusted=yes] file:///srv/repo/ ./');
    expect(addedSourceLine(influx)).toBe('deb https://repos.influxdata.com/debian stable main');
  });

  it('keys the cache by the repositories, in any order, and leaves the key without them as it was', () => {
    const none = repositoriesDigest(archive, 'amd64');
    expect(repositoriesDigest(withRepositories(archive, []), 'amd64')).toBe(none);
    const both = repositoriesDigest(withRepositories(archive, [jenkins, influx]), 'amd64');
    expect(both).not.toBe(none);
    expect(repositoriesDigest(withRepositories(archive, [influx, jenkins]), 'amd64')).toBe(both);
    expect(repositoriesDigest(withRepositories(archive, [jenkins]), 'amd64')).not.toBe(both);
  });

  it('hands the probe NAME, line and key URL a line, and binds only file: folders that exist', () => {
    const withBoth = withRepositories(archive, [{ ...jenkins, name: 'jenkins ci' }, { ...local, uri: `file://${import.meta.dirname}` }]);
    const env = probeEnvironment(withBoth, [], []).find((e) => e.startsWith('DECANT_REPOSITORIES='))!;
    expect(env.split('=').slice(1).join('=').split('\n')).toEqual([
      `jenkins_ci\tdeb [signed-by=/etc/apt/keyrings/jenkins_ci.asc] https://pkg.jenkins.io/debian-stable binary/\t${jenkins.keyUrl}`,
      `local\tdeb [trusted=yes] file://${import.meta.dirname} ./\t`,
    ]);
    expect(localRepositoryBinds(withBoth)).toEqual([`${import.meta.dirname}:${import.meta.dirname}:ro`]);
    expect(localRepositoryBinds(withRepositories(archive, [local]))).toEqual([]);
  });
});
