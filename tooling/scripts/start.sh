#!/usr/bin/env bash
# The README's start command: installs everything, builds, and starts the whole platform on the
# embedded database (PGlite) with demo data. Set DATABASE_URL to use PostgreSQL instead.
set -euo pipefail
cd "$(dirname "$0")/../.."
source tooling/scripts/ensure-pnpm.sh
pnpm install --frozen-lockfile --reporter=append-only | tail -3
pnpm turbo run build --output-logs=errors-only
if [ -f apps/api/package.json ]; then
  exec pnpm --filter @huiqi/api start:demo
fi
echo "The API service is not built yet: showing the policy engine instead."
exec pnpm --filter @huiqi/domain examples
