#!/usr/bin/env bash
# Prints a folder to put first on PATH so that `python3` is one that has scikit-learn
# (on Debian with a pyenv python first on PATH, Debian's packages are only in /usr/bin/python3).
set -euo pipefail
if python3 -c 'import sklearn' 2>/dev/null; then exit 0; fi
shim=$(mktemp -d)
ln -s /usr/bin/python3 "$shim/python3"
echo "$shim"
