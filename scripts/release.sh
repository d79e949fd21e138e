#!/usr/bin/env bash
# Release mlops-action X.Y.Z, as GitHub's guidance for actions has it (actions/toolkit
# docs/action-versioning.md): an annotated, immutable vX.Y.Z tag, and the moving vX and vX.Y tags
# moved to it so `uses: org/mlops-action@v1` and `@Library('mlops@v1') _` get the release.
# A pre-release (1.0.0-rc.1) gets its own tag only: the moving tags are for stable releases.
#
#   scripts/release.sh [--dry-run] [--remote NAME] X.Y.Z
#
# Refuses, before it tags anything: a dirty tree; a version that is not package.json's or has no
# CHANGELOG.md section; a vX.Y.Z that exists (here or on the remote); dist/ or jenkins/resources/
# that differ from what `scripts/bundle.mjs` makes from the sources (it bundles into a temp dir and
# compares, as test/integration/bundle.test.ts does). The three tags are pushed in one atomic push:
# all of them or none.
set -euo pipefail

dry_run=false
remote=origin
version=''
while [ $# -gt 0 ]; do
  case "$1" in
    --dry-run) dry_run=true ;;
    --remote) remote="${2:?--remote needs a remote name}"; shift ;;
    -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "release: unknown option $1 (use --dry-run, --remote NAME)" >&2; exit 2 ;;
    *) [ -z "$version" ] || { echo "release: one version, please (got $version and $1)" >&2; exit 2; }; version="${1#v}" ;;
  esac
  shift
done

fail() { echo "release: $*" >&2; exit 1; }

[ -n "$version" ] || { echo 'usage: scripts/release.sh [--dry-run] [--remote NAME] X.Y.Z' >&2; exit 2; }
semver='^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?$'
[[ "$version" =~ $semver ]] || fail "'$version' is not a version X.Y.Z (or X.Y.Z-pre)."
major="v${BASH_REMATCH[1]}"
minor="v${BASH_REMATCH[1]}.${BASH_REMATCH[2]}"
prerelease="${BASH_REMATCH[4]}"
tag="v$version"

root="$(git rev-parse --show-toplevel)"
cd "$root"

dirty="$(git status --porcelain --untracked-files=normal)"
[ -z "$dirty" ] || fail "the working tree is not clean; commit or remove these first:
$dirty"

package_version="$(node -p 'JSON.parse(require("fs").readFileSync("package.json", "utf8")).version')"
[ "$package_version" = "$version" ] || fail "package.json says $package_version, not $version: set its version (and CHANGELOG.md) in a commit first."
grep -Eq "^## \[$(printf '%s' "$version" | sed 's/[.]/\\./g')\]" CHANGELOG.md || fail "CHANGELOG.md has no '## [$version]' section."

git rev-parse --verify --quiet "refs/tags/$tag" >/dev/null && fail "$tag exists already (a release tag never moves)."
remote_tags=''
if git remote get-url "$remote" >/dev/null 2>&1; then
  remote_tags="$(git ls-remote --tags "$remote")" || fail "cannot list the tags of $remote."
  if printf '%s\n' "$remote_tags" | grep -q "refs/tags/$tag\$"; then fail "$tag exists on $remote already (a release tag never moves)."; fi
else
  fail "there is no remote '$remote' to push the tags to (--remote NAME)."
fi

# dist/ and jenkins/resources/ as the bundler makes them from these sources, right now.
fresh="$(mktemp -d)"
trap 'rm -rf "$fresh"' EXIT
node scripts/bundle.mjs --out "$fresh/dist" >/dev/null || fail "scripts/bundle.mjs failed."
if ! diff -r -q "$fresh/dist" dist >"$fresh/dist.diff" 2>&1; then
  fail "dist/ is not what the sources bundle to; run \`npm run bundle\` and commit dist/:
$(sed "s#$fresh/dist#(fresh)#g" "$fresh/dist.diff")"
fi
mkdir -p "$fresh/resources/cli"
( cd "$fresh/dist/cli" && ls -1 ./*.js ) | sed 's#^\./##' | sort >"$fresh/cli-files"
while read -r name; do cp "$fresh/dist/cli/$name" "$fresh/resources/cli/$name"; done <"$fresh/cli-files"
cp "$fresh/dist/package.json" "$fresh/resources/package.json"
{ echo package.json; sed 's#^#cli/#' "$fresh/cli-files"; } >"$fresh/resources/files.txt"
if ! diff -r -q "$fresh/resources" jenkins/resources/mlops >"$fresh/resources.diff" 2>&1; then
  fail "jenkins/resources/mlops is not the CLI the sources bundle to; run \`npm run bundle\` and commit jenkins/resources/:
$(sed "s#$fresh/resources#(fresh)#g" "$fresh/resources.diff")"
fi

commit="$(git rev-parse HEAD)"
short="$(git rev-parse --short HEAD)"
refs=("refs/tags/$tag:refs/tags/$tag")
moving=()
[ -n "$prerelease" ] || moving=("$minor" "$major")

if $dry_run; then
  echo "Would tag $tag at $short (annotated)."
  for name in "${moving[@]}"; do
    was="$(printf '%s\n' "$remote_tags" | awk -v ref="refs/tags/$name" '$2 == ref "^{}" { peeled = $1 } $2 == ref { plain = $1 } END { at = peeled ? peeled : plain; if (at) print substr(at, 1, 7) }')"
    echo "Would move $name to $short${was:+ (from $was)}."
  done
  [ -n "$prerelease" ] && echo "A pre-release: ${major} and ${minor} stay where they are."
  echo "Would push ${refs[*]%%:*} ${moving[*]/#/refs/tags/} to $remote in one atomic push (dry run: nothing was tagged or pushed)."
  exit 0
fi

git tag -a -m "mlops-action $tag" "$tag" "$commit"
for name in "${moving[@]}"; do
  git tag -f -a -m "mlops-action $name: $tag" "$name" "$commit" >/dev/null
  refs+=("+refs/tags/$name:refs/tags/$name")
done
if ! git push --atomic --quiet "$remote" "${refs[@]}"; then
  # Nothing half-released: the new tag goes again; moved tags are fetched back as the remote has them.
  git tag -d "$tag" >/dev/null
  for name in "${moving[@]}"; do
    git tag -d "$name" >/dev/null
    git fetch --quiet --no-tags "$remote" "+refs/tags/$name:refs/tags/$name" 2>/dev/null || true
  done
  fail "the push to $remote was refused; nothing was released."
fi
echo "Released $tag at $short${moving[*]:+; moved ${moving[*]} to it}; pushed to $remote."
