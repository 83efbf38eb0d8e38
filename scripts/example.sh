#!/usr/bin/env bash
# The README's first command: installs what decant needs, then converts the
# bundled example chef-repo (one app per role) into example-out/.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
else
  npm run --silent build
fi
node bin/decant.js convert examples/chef-repo -o example-out --force
echo
echo "Wrote example-out/: one folder per app (images/<unit>/Dockerfile, k8s/ kustomize base),"
echo "example-out/report.md for people and example-out/report.json for scripts."
