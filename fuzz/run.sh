#!/bin/sh
# Run one fuzz target for a bounded time, seeded with the sample dumps.
#
#   fuzz/run.sh [load|clean_html|records] [SECONDS]      (defaults: load, 300)
#
# Needs a separate virtualenv with atheris and newsparse (git-ignored):
#   python3 -m venv .venv-fuzz && .venv-fuzz/bin/pip install atheris -e '.[lxml]'
# Run ONE fuzzer at a time on a shared machine. New corpus entries go to
# fuzz/corpus/<target>/, crashes/hangs/out-of-memory inputs to fuzz/crashes/<target>/
# (both git-ignored); turn every crash into a test in tests/test_regressions.py.
set -eu
target=${1:-load}
seconds=${2:-300}
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
python=${FUZZ_PYTHON:-$root/.venv-fuzz/bin/python}
corpus=$here/corpus/$target
crashes=$here/crashes/$target
mkdir -p "$corpus" "$crashes"
# Seeds: the five sample dumps, and for clean_html also the HTML of the WordPress sample.
for sample in "$root"/tests/data/samples/*.txt; do
    cp -n "$sample" "$corpus/seed-$(basename "$sample")"
done
if [ "$target" = clean_html ]; then
    "$python" "$here/html_seeds.py" "$corpus"
fi
exec "$python" "$here/fuzz_$target.py" "$corpus" \
    -max_total_time="$seconds" -timeout=30 -rss_limit_mb=3072 -max_len=65536 \
    -artifact_prefix="$crashes/" -print_final_stats=1
