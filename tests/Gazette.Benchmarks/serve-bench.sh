#!/usr/bin/env bash
# gazette serve on a generated site: save-to-reload latency (serve-reload.py) and wrk throughput
# on loopback. Usage: serve-bench.sh [--n 1000] [--rounds 10] [--port 4300]
set -euo pipefail
n=1000 rounds=10 port=4300
while [ $# -gt 0 ]; do
  case "$1" in
    --n) n=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --port) port=$2; shift 2 ;;
    *) echo "usage: $0 [--n N] [--rounds N] [--port PORT]" >&2; exit 2 ;;
  esac
done
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
command -v wrk >/dev/null || { echo "installing wrk (Debian package)"; apt-get install -y wrk >/dev/null; }
work=$(mktemp -d)

dotnet build -c Release "$root/src/Gazette.Cli" -o "$work/bin" --nologo -v q >/dev/null
python3 "$root/../shared/bench/gen_corpus.py" --n "$n" --seed 1 --out "$work/corpus" >/dev/null 2>&1
mkdir -p "$work/site/content"
mv "$work/corpus/md" "$work/site/content/articles"
printf 'title: Bench\nbase_url: https://x.github.io/gazette/\n' > "$work/site/site.yml"

dotnet "$work/bin/gazette.dll" serve --site "$work/site" --port "$port" --verbose > "$work/serve.log" 2>&1 &
pid=$!
trap 'kill -TERM $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$work"' EXIT
until grep -qs '^Serving' "$work/serve.log"; do
  kill -0 $pid 2>/dev/null || { cat "$work/serve.log"; exit 1; }
  sleep 0.5
done
grep -E '^(built|Serving)' "$work/serve.log"

article=$(cd "$work/site/content/articles" && set -- *.md && echo "$1")
python3 "$here/serve-reload.py" --port "$port" --file "$work/site/content/articles/$article" \
  --path "/gazette/articles/${article%.md}/" --rounds "$rounds"
echo "rebuild times (ms), sorted: $(grep -o '^rebuilt .* in [0-9]* ms' "$work/serve.log" | tail -n "$rounds" | grep -o '[0-9]* ms$' | tr -d ' ms' | sort -n | tr '\n' ' ')"

for path in "/gazette/" "/gazette/articles/${article%.md}/" "/gazette/assets/style.css"; do
  echo "wrk -t2 -c16 -d10s http://127.0.0.1:$port$path"
  wrk -t2 -c16 -d10s "http://127.0.0.1:$port$path" | grep -E 'Requests/sec|requests in|Non-2xx|Socket errors'
done
