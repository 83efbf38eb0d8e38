#!/usr/bin/env bash
# Every test, from a fresh clone: installs dependencies, builds decant, makes
# sure a Docker engine and the base images are there (scripts/engine-setup.sh),
# runs both vitest projects (`unit`, which includes the import rules and file
# sizes of test/structure, and `engine`), and ends with the plain line
# `N passed, N failed`.
set -uo pipefail
cd "$(dirname "$0")/.."

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund || exit 1
else
  npm run --silent build || exit 1
fi
bash scripts/test-tools-setup.sh || { echo "test tools setup failed" >&2; exit 1; }
bash scripts/engine-setup.sh || { echo "engine setup failed: the engine tests cannot run" >&2; exit 1; }

results=$(mktemp)
npx vitest run --reporter=default --reporter=json --outputFile="$results" "$@"
status=$?
node scripts/count-results.mjs "$results" || status=1
rm -f "$results"
exit $status
