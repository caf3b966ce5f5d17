#!/usr/bin/env bash
# Checks that an optimisation changed no byte of the output: builds the benchmark corpus with
# two Gazette builds (a commit before and after, say) and compares every output file.
#
#   tests/Gazette.Benchmarks/same-output.sh OLD_REV [NEW_REV] [--n 10000]
#
# Each revision is checked out into a temporary worktree and published; NEW_REV defaults to
# the working tree. Exit 0 when the two outputs are byte-identical, 1 otherwise.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
shared=$(cd "$repo/../shared" && pwd)
old=$1; shift
new=""; n=10000
while [ $# -gt 0 ]; do
  case "$1" in
    --n) n=$2; shift 2 ;;
    *) new=$1; shift ;;
  esac
done

work=$(mktemp -d /tmp/gazette-same.XXXXXX)
trap 'git -C "$repo" worktree remove --force "$work/old-src" >/dev/null 2>&1 || true; [ -n "$new" ] && git -C "$repo" worktree remove --force "$work/new-src" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

publish() { # publish SRC OUT
  dotnet publish "$1/src/Gazette.Cli" -c Release -o "$2" --nologo -v quiet >/dev/null
}
git -C "$repo" worktree add --detach -q "$work/old-src" "$old"
publish "$work/old-src" "$work/old-bin"
if [ -n "$new" ]; then
  git -C "$repo" worktree add --detach -q "$work/new-src" "$new"
  publish "$work/new-src" "$work/new-bin"
else
  publish "$repo" "$work/new-bin"
fi

python3 "$shared/bench/gen_corpus.py" --n "$n" --seed 1 --out "$work/corpus" >/dev/null
for side in old new; do
  mkdir -p "$work/$side-site/content"
  cp -r "$work/corpus/md" "$work/$side-site/content/articles"
  printf 'title: Bench\nbase_url: https://example.org/\npaginate: 20\n' > "$work/$side-site/site.yml"
  "$work/$side-bin/gazette" build --site "$work/$side-site" --quiet
  (cd "$work/$side-site/_site" && find . -type f -print0 | sort -z | xargs -0 sha256sum) > "$work/$side.sums"
done

files=$(wc -l < "$work/new.sums")
if diff -q "$work/old.sums" "$work/new.sums" >/dev/null; then
  echo "byte-identical: $files files ($old → ${new:-working tree}, $n articles)"
else
  echo "DIFFERENT output ($old → ${new:-working tree}):"
  diff "$work/old.sums" "$work/new.sums" | head -20
  exit 1
fi
