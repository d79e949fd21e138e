#!/usr/bin/env bash
# The main job on the bundled example, on this machine, with no account, token or cluster:
# a temporary git repository with a base commit (a small forest, trained, its metrics committed)
# and a head commit that changes params; `mlops run` trains the head and compares it with the
# base exactly as the pull-request job would, then writes report.md.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bash "$root/scripts/setup.sh"
shim=$(bash "$root/scripts/python-with-sklearn.sh")
[ -n "$shim" ] && export PATH="$shim:$PATH"

work=$(mktemp -d)/california-housing
cp -r "$root/examples/california-housing" "$work"
cd "$work"
git init -q -b main
git config user.email demo@example.com
git config user.name demo

sed -i 's/n_estimators: 60/n_estimators: 20/; s/max_depth: 12/max_depth: 6/' params.yaml
git add -A && git commit -qm "baseline: a small forest"
echo "== training the base commit"
python3 train.py
git add -f metrics.json feature_importance.csv training_curve.csv predictions.csv && git commit -qm "metrics, plots and predictions of the baseline"

sed -i 's/n_estimators: 20/n_estimators: 60/; s/max_depth: 6/max_depth: 12/' params.yaml
git commit -qam "a bigger, deeper forest"
echo
echo "== mlops run: train the head, compare with the base (HEAD~1), gates, report"
node_bin=node
# the machine's node when it is 22 or later, else the Node 24 setup.sh brought
[ "$(node -p 'process.versions.node.split(".")[0]')" -ge 22 ] || node_bin="$root/node_modules/.bin/node"
"$node_bin" "$root/dist/cli/index.js" --cd "$work" run --base HEAD~1
echo
echo "Skipped here (need an account or a cluster): the PR comment (GitHub token), the image push (registry), the KServe promotion (cluster)."
echo "The report as the pull request would show it: $work/report.md"
