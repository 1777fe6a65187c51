#!/usr/bin/env bash
# npm test: the same infrastructure bring-up as npm start, then type-check, lint, the OpenAPI
# staleness check, and every Jest suite (unit and end-to-end). Ends with "N passed, N failed".
set -uo pipefail
source "$(dirname "$0")/lib/infra.sh"
bring_up_infra

failed=()
step() {
  local name="$1"; shift
  say "$name"
  if ! "$@"; then failed+=("$name"); fi
}

step "type-check (tsc --noEmit)" npx tsc --noEmit -p tsconfig.json
step "type-check the portal (apps/portal, JSX and DOM)" npx tsc --noEmit -p apps/portal/tsconfig.json
step "lint (eslint)" npx eslint --no-error-on-unmatched-pattern apps libs test scripts tools
step "build" npm run -s build
# The browser suites (test/browser) drive this build.
step "portal build (vite)" npm run -s portal:build
step "OpenAPI documents and the typed client are up to date" node dist/scripts/openapi.js check
step "docs/api.md error-code index is up to date" node dist/scripts/error-codes.js check
step "OpenAPI lint (redocly, ruleset in redocly.yaml)" npm run -s openapi:lint
step "OpenAPI breaking-change check" node dist/scripts/openapi-breaking.js

say "jest (unit and end-to-end)"
results="$DATA_DIR/jest-results.json"
mkdir -p "$DATA_DIR"; rm -f "$results"; rm -rf "$DATA_DIR/contract-hits"
NODE_OPTIONS=--experimental-vm-modules npx jest --ci --json --outputFile="$results" "$@" || failed+=("jest")
# Only meaningful when every suite ran (no filter arguments).
if [ $# -eq 0 ]; then
  step "every documented operation is exercised by an end-to-end test" node dist/scripts/contract-coverage.js
fi

if [ -f "$results" ]; then
  summary=$(node -e 'const r = require(process.argv[1]); console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed`)' "$results")
else
  summary="0 passed, 1 failed"
  failed+=("jest produced no results")
fi

if [ ${#failed[@]} -gt 0 ]; then
  printf '\033[1;31mfailed:\033[0m %s\n' "${failed[*]}"
  echo "$summary"
  exit 1
fi
echo "$summary"
