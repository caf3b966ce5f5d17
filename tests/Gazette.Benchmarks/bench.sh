#!/usr/bin/env bash
# Whole-process benchmark: Gazette against Hugo 0.111 on the same generated corpus, run
# alternately in one session (these machines are noisy: compare ratios, not absolute times).
#
#   tests/Gazette.Benchmarks/bench.sh [--n 10000] [--runs 5] [--scale] [--keep DIR]
#
# Rows: clean builds (alternating), rebuilds with nothing changed and after one body edit, cp -r
# of the output, start-up, and import of the corpus's raw .txt files.
# --scale adds the 100,000-article run (Gazette only; slow). Needs ../shared/bench beside the repo.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
shared=$(cd "$repo/../shared" && pwd)
n=10000 runs=5 scale=0 work=""
while [ $# -gt 0 ]; do
  case "$1" in
    --n) n=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --scale) scale=1; shift ;;
    --keep) work=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

need=()
command -v hugo >/dev/null || need+=(hugo)
command -v hyperfine >/dev/null || need+=(hyperfine)
[ -x /usr/bin/time ] || need+=(time)
command -v gcc >/dev/null || command -v clang >/dev/null || need+=(gcc)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

work=${work:-$(mktemp -d /tmp/gazette-bench.XXXXXX)}
mkdir -p "$work"
echo "work folder: $work"

# Gazette, published once as a release would ship it: for a runtime, that is one Native AOT
# executable (it needs a C toolchain, installed above).
rid=linux-$(uname -m | sed 's/x86_64/x64/; s/aarch64/arm64/')
dotnet publish "$repo/src/Gazette.Cli" -c Release -r "$rid" -o "$work/gazette-bin" --nologo -v quiet >/dev/null
gazette="$work/gazette-bin/gazette"

corpus() { # corpus N -> folder with md/ and txt/
  local dir="$work/corpus-$1"
  [ -d "$dir/md" ] || python3 "$shared/bench/gen_corpus.py" --n "$1" --seed 1 --out "$dir" >/dev/null
  echo "$dir"
}

site() { # site N -> Gazette site folder
  local dir="$work/gazette-$1" src; src=$(corpus "$1")
  if [ ! -d "$dir/content/articles" ]; then
    mkdir -p "$dir/content"
    cp -r "$src/md" "$dir/content/articles"
    printf 'title: Bench\nbase_url: https://example.org/\npaginate: 20\n' > "$dir/site.yml"
  fi
  echo "$dir"
}

hugo_site() { # hugo_site N -> Hugo site folder
  local dir="$work/hugo-$1" src; src=$(corpus "$1")
  if [ ! -d "$dir/content/articles" ]; then
    cp -r "$shared/bench/hugo-site" "$dir"
    mkdir -p "$dir/content"
    cp -r "$src/md" "$dir/content/articles"
  fi
  echo "$dir"
}

median_of() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

measure() { # measure LABEL RUNS PREPARE COMMAND -> prints "label wall cpu rss" (medians)
  local label=$1 count=$2 prepare=$3 cmd=$4 walls=() cpus=() rsss=()
  for _ in $(seq "$count"); do
    bash -c "$prepare"
    /usr/bin/time -f '%e %U %S %M' -o "$work/time.txt" bash -c "$cmd" >/dev/null 2>&1
    read -r wall user sys rss < <(tail -1 "$work/time.txt")
    walls+=("$wall"); cpus+=("$(echo "$user + $sys" | bc)"); rsss+=("$rss")
  done
  printf '%s %s %s %s\n' "$label" \
    "$(printf '%s\n' "${walls[@]}" | median_of)" \
    "$(printf '%s\n' "${cpus[@]}" | median_of)" \
    "$(printf '%s\n' "${rsss[@]}" | median_of)"
}

command -v bc >/dev/null || { apt-get install -y -qq bc >/dev/null; }

# Before a clean run the last output is moved aside, not deleted, and deleted only after the
# timed runs. ext4 without a journal (these machines' disks) will not reuse an inode deleted
# within the last minute and scans past every such inode to find a free one: deleting 40,000
# files and folders just before a build made file creation quadratic, and whichever tool ran
# next paid for the other's deletion (seen in perf as ext4 recently_deleted, up to 20 s of
# system time per run). `sync` also keeps the previous run's writeback out of the next run.
trash="$work/trash"; mkdir -p "$trash"
aside() { # aside PATH... -> moves existing paths into the trash folder
  local p; for p in "$@"; do [ -e "$p" ] && mv "$p" "$(mktemp -d "$trash/x.XXXXXX")/"; done; sync
}
export -f aside; export trash

g=$(site "$n"); h=$(hugo_site "$n")
results=()
# Clean builds, alternating Gazette and Hugo run by run so drift hits both alike.
for i in $(seq "$runs"); do
  results+=("$(measure gazette-clean 1 "aside '$g/_site' '$g/.gazette-cache'" "'$gazette' build --site '$g' --quiet")")
  results+=("$(measure hugo-clean 1 "aside '$h/public' '$h/resources'" "cd '$h' && hugo --quiet")")
done
summary() { printf '%s\n' "${results[@]}" | awk -v k="$1" '$1==k' | awk '{print $2, $3, $4}'; }
med() { summary "$1" | awk -v c="$2" '{print $c}' | median_of; }

g_wall=$(med gazette-clean 1); g_cpu=$(med gazette-clean 2); g_rss=$(med gazette-clean 3)
h_wall=$(med hugo-clean 1); h_cpu=$(med hugo-clean 2); h_rss=$(med hugo-clean 3)
g_files=$(find "$g/_site" -type f | wc -l); g_bytes=$(du -sb "$g/_site" | cut -f1)
h_files=$(find "$h/public" -type f | wc -l); h_bytes=$(du -sb "$h/public" | cut -f1)

# Rebuilds: nothing changed, then one article's body changed.
noop=$(measure gazette-noop "$runs" "true" "'$gazette' build --site '$g' --quiet")
one=$(ls "$g/content/articles" | sort | sed -n 1p)
touch_cmd="printf '\nEdited paragraph %s.\n' \$RANDOM >> '$g/content/articles/$one'"
edit=$(measure gazette-one-edit "$runs" "$touch_cmd" "'$gazette' build --site '$g' --quiet")

# Copying the same bytes: the floor for any generator writing this output.
cp_floor=$(measure cp-output "$runs" "aside '$work/copy'" "cp -r '$g/_site' '$work/copy'")

# Start-up.
tiny="$work/tiny"; mkdir -p "$tiny/content/articles"
printf -- '---\ntitle: One\ndate: 2024-01-01\n---\nHello.\n' > "$tiny/content/articles/one.md"
version=$(measure version "$runs" "true" "'$gazette' --version")
tinyb=$(measure tiny-build "$runs" "rm -rf '$tiny/_site'" "'$gazette' build --site '$tiny' --quiet")

# Import: the corpus's raw .txt articles into a new site's content/articles/, each run afresh.
imported="$work/import-site"
import_run=$(measure import-txt "$runs" "aside '$imported'; mkdir -p '$imported'" "'$gazette' import '$(corpus "$n")/txt' --site '$imported' --quiet")

printf '\n%-22s %10s %10s %12s %10s %12s\n' "run ($n articles)" "wall s" "cpu s" "peak MiB" "files" "MB"
printf '%-22s %10s %10s %12.0f %10s %12.0f\n' gazette-clean "$g_wall" "$g_cpu" "$(echo "$g_rss/1024" | bc -l)" "$g_files" "$(echo "$g_bytes/1000000" | bc -l)"
printf '%-22s %10s %10s %12.0f %10s %12.0f\n' hugo-clean "$h_wall" "$h_cpu" "$(echo "$h_rss/1024" | bc -l)" "$h_files" "$(echo "$h_bytes/1000000" | bc -l)"
for row in "$noop" "$edit" "$cp_floor" "$version" "$tinyb" "$import_run"; do
  read -r label wall cpu rss <<<"$row"
  printf '%-22s %10s %10s %12.0f\n' "$label" "$wall" "$cpu" "$(echo "$rss/1024" | bc -l)"
done
printf '\nratios: clean gazette/hugo wall %.2f (target <= 0.50), peak %.2f (target < 1); noop/clean %.2f (<= 0.10); one-edit/clean %.2f (<= 0.15)\n' \
  "$(echo "$g_wall/$h_wall" | bc -l)" "$(echo "$g_rss/$h_rss" | bc -l)" \
  "$(echo "$(echo "$noop" | awk '{print $2}')/$g_wall" | bc -l)" "$(echo "$(echo "$edit" | awk '{print $2}')/$g_wall" | bc -l)"
printf 'start-up: --version %s s, one-article build %s s (<= 0.25); import of %s .txt articles %s s (<= 3 at 10,000)\n' \
  "$(echo "$version" | awk '{print $2}')" "$(echo "$tinyb" | awk '{print $2}')" "$n" "$(echo "$import_run" | awk '{print $2}')"

# The same rebuilds and start-up under hyperfine, for mean ± σ over more runs.
hyperfine --style basic --runs "$((runs * 2))" --export-markdown "$work/hyperfine.md" \
  -n gazette-noop "'$gazette' build --site '$g' --quiet" \
  -n gazette-version "'$gazette' --version" >/dev/null
hyperfine --style basic --runs "$((runs * 2))" --export-markdown "$work/hyperfine-edit.md" \
  --prepare "$touch_cmd" -n gazette-one-edit "'$gazette' build --site '$g' --quiet" >/dev/null
echo; cat "$work/hyperfine.md" "$work/hyperfine-edit.md" | awk 'NR==1 || !/^\| Command/'
# The edited article as generated again, so that a kept work folder (--keep) builds the corpus as it is.
cp "$(corpus "$n")/md/$one" "$g/content/articles/$one"

if [ "$scale" = 1 ]; then
  big=$(site 100000)
  scaled=$(measure gazette-clean-100k 1 "aside '$big/_site' '$big/.gazette-cache'" "'$gazette' build --site '$big' --quiet")
  read -r _ bwall bcpu brss <<<"$scaled"
  printf '\n100,000 articles: wall %s s, peak %.0f MiB; per-article time vs 10,000: %.2fx (target <= 1.15)\n' \
    "$bwall" "$(echo "$brss/1024" | bc -l)" "$(echo "($bwall/100000)/($g_wall/$n)" | bc -l)"
fi

rm -rf "$trash"
