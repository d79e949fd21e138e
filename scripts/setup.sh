#!/usr/bin/env bash
# Installs what the demo and the tests need on a fresh Debian/Ubuntu machine. Idempotent and quick
# when everything is there. `--tests` also installs the npm packages from the lock file.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

packages=()
command -v git >/dev/null || packages+=(git)
# Debian's scikit-learn lands in /usr/bin/python3 (PyPI may be unreachable on CI machines).
/usr/bin/python3 -c 'import sklearn, pandas, yaml, joblib' 2>/dev/null || packages+=(python3-sklearn python3-pandas python3-yaml python3-joblib)
if [ "${1:-}" = "--tests" ]; then
  # The image tests run a real Docker engine and registry; the Jenkins tests real Groovy.
  command -v dockerd >/dev/null || packages+=(docker.io)
  command -v docker-registry >/dev/null || packages+=(docker-registry)
  # No base image can be pulled: the image-cache bench makes one FROM scratch with a static busybox.
  [ -x /bin/busybox ] || packages+=(busybox-static)
  command -v groovy >/dev/null || packages+=(groovy)
  # The report is rendered the way a reviewer sees it (GFM + mermaid in a headless browser).
  command -v chromium >/dev/null || packages+=(chromium)
  # Canary analysis is tested against a real Prometheus scraping an exporter the test serves.
  command -v prometheus >/dev/null || packages+=(prometheus)
fi
if [ ${#packages[@]} -gt 0 ]; then
  echo "setup: installing ${packages[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null
fi

node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$node_major" -lt 18 ]; then
  echo "setup: Node.js and npm are needed to install the rest (found: $(node --version 2>/dev/null || echo none))" >&2
  exit 1
fi
if [ "$node_major" -lt 22 ] && [ ! -x node_modules/.bin/node ]; then
  # The CLI needs Node 22 or later: the lock's `node` package brings Node 24 into node_modules/.bin.
  echo "setup: Node.js $(node --version) is older than 22; installing Node 24 from the npm registry into node_modules (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
fi

if [ "${1:-}" = "--tests" ]; then
  # npm ci also brings Node 24 (the `node` package), which runs the tests as GitHub runs node24 actions.
  if [ ! -x node_modules/.bin/jest ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    # npm ci installs exactly the lock and refuses one out of step with package.json. The lock is
    # committed as a fresh install writes it (every platform's optional packages included): a lock
    # made with a warm cache can lack them, and then npm ci fails on a new machine.
    echo "setup: npm ci"
    npm ci --no-audit --no-fund --loglevel=error
  fi
fi
