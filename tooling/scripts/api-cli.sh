#!/usr/bin/env bash
# `npm run backup|restore -- <folder>`: the API's operations command on its compiled JavaScript
# (built first if needed; a cached build takes a second or two).
set -euo pipefail
cd "$(dirname "$0")/../.."
source tooling/scripts/ensure-pnpm.sh
source tooling/scripts/ensure-deps.sh
pnpm turbo run build --filter=@huiqi/api --output-logs=errors-only >/dev/null
exec node apps/api/dist/ops/cli.js "$@"
