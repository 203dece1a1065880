#!/usr/bin/env bash
# The README's test command: installs everything it needs, then lint, type checks, builds and every
# test of every package and app. Ends with one line "tests: N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/../.."
source tooling/scripts/ensure-pnpm.sh
pnpm install --frozen-lockfile --reporter=append-only | tail -3
source tooling/scripts/ensure-postgres.sh
if ls apps/*/playwright.config.ts >/dev/null 2>&1; then source tooling/scripts/ensure-chromium.sh; fi
rm -rf apps/*/test-results packages/*/test-results
status=0
pnpm lint || status=$?
pnpm turbo run typecheck test --concurrency=1 || status=$?
node tooling/scripts/summarize-tests.mjs || status=$?
exit $status
