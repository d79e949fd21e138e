#!/usr/bin/env bash
# All the tests, on a fresh machine too: installs what is missing, type-checks and lints, then jest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --tests
npm run -s lint
npm test -- --ci
