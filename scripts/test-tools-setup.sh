#!/usr/bin/env bash
# The real oracles and checkers the tests compare decant with, from Debian:
# ruby (evaluator and literal-reader differential tests), ruby-erubis (Chef's
# template engine), ruby-ffi-yajl (the JSON encoder behind Chef::JSONCompat),
# ruby-gyoku and ruby-toml-rb (XML- and TOML-from-Hash gems cookbooks require,
# evaluated by decant),
# shellcheck (RUN bodies), chromium (report.html in a real
# browser, driven by playwright-core), docker-compose (reads and runs the
# compose.yaml `convert --format compose` writes), rsync (gitlab-ci-local
# copies artifacts with it when the test runs the pipeline `decant ci`
# writes), dpkg-dev (dpkg-scanpackages: the package-facts engine test builds
# a local apt repository). Quick when they are there.
set -euo pipefail
missing=()
command -v ruby >/dev/null || missing+=(ruby)
ruby -rerubis -e '' 2>/dev/null || missing+=(ruby-erubis)
ruby -rffi_yajl -e '' 2>/dev/null || missing+=(ruby-ffi-yajl)
ruby -rgyoku -e '' 2>/dev/null || missing+=(ruby-gyoku)
ruby -rtoml-rb -e '' 2>/dev/null || missing+=(ruby-toml-rb)
command -v shellcheck >/dev/null || missing+=(shellcheck)
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v docker-compose >/dev/null || missing+=(docker-compose)
command -v rsync >/dev/null || missing+=(rsync)
command -v dpkg-scanpackages >/dev/null || missing+=(dpkg-dev)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "test tools missing (${missing[*]}): run as root or apt-get install them" >&2
  exit 1
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
