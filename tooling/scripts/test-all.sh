#!/usr/bin/env bash
# The README's test command: installs everything it needs, then lint, type checks, builds and every
# test of every package and app. Ends with one line "tests: N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")/../.."
source tooling/scripts/ensure-pnpm.sh
source tooling/scripts/ensure-deps.sh
# Ctrl-C or SIGTERM still runs the EXIT trap (a throwaway PostgreSQL is stopped).
trap "exit 130" INT TERM
source tooling/scripts/ensure-postgres.sh
if ls apps/*/playwright.config.ts >/dev/null 2>&1; then source tooling/scripts/ensure-chromium.sh; fi
rm -rf apps/*/test-results packages/*/test-results
status=0
# Formatting is part of the build: one style for every file (Prettier, .prettierrc.json).
npm run --silent check:format || status=$?
pnpm lint || status=$?
# --continue: a failing package does not keep the others from running (and being counted).
pnpm turbo run typecheck test --concurrency=1 --continue || status=$?
node tooling/scripts/summarize-tests.mjs || status=$?
exit $status
