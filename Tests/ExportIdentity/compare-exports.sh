#!/usr/bin/env bash
# Compares `readouts --export json` of two builds, byte for byte, on the bundled readouts,
# the annotated pairs (Tests/ReadoutsTopicsTests/Annotations, English, French, Russian),
# synthetic corpora (2 × 1 MB, 3 × 1 MB) and the pathological shapes at 1 MB, lexical and
# semantic (semantic cases are skipped when the encoder is not installed), with and
# without the lexicon. For changes that must not change what users see (memory, speed).
#
#   Tests/ExportIdentity/compare-exports.sh OLD/readouts NEW/readouts [BENCH] [WORKDIR]
#
# BENCH is a readouts-bench (default: next to NEW) that writes the synthetic corpora.
# Prints one line per case and "N/M identical"; exits 1 when any case differs.
set -u
old=$1
new=$2
bench=${3:-$(dirname "$new")/readouts-bench}
work=${4:-$(mktemp -d)}
root=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p "$work/corpus" "$work/out"
export XDG_CACHE_HOME="$work/cache"

# Inputs: each case is a name and its files (none: the bundled readouts).
"$bench" --write-corpus "$work/corpus/s2" --sizes 1m >/dev/null
"$bench" --write-corpus "$work/corpus/s3" --sizes 1m --versions 3 >/dev/null
python3 - "$root" "$work/corpus" <<'PY'
import json, os, sys, glob
root, out = sys.argv[1], sys.argv[2]
a = open(os.path.join(out, "s2/account-a.txt")).read()
b = open(os.path.join(out, "s2/account-b.txt")).read()
shapes = {
    "no-newline": [t.replace("\n\n", " ") for t in (a, b)],
    "no-space": [t.replace(" ", "").replace("\n", "") for t in (a, b)],
    "one-char-lines": ["".join("abcdefghijklmnopqrstuvwxyz"[(i + v) % 26] + "\n" for i in range(100_000)) for v in range(2)],
}
for name, texts in shapes.items():
    os.makedirs(os.path.join(out, name), exist_ok=True)
    for i, t in enumerate(texts):
        open(os.path.join(out, name, "account-%s.txt" % "ab"[i]), "w").write(t)
for path in sorted(glob.glob(os.path.join(root, "Tests/ReadoutsTopicsTests/Annotations/**/*.json"), recursive=True)):
    d = json.load(open(path))
    if not isinstance(d, dict) or "a" not in d or "b" not in d: continue
    texts = [s if isinstance(s, str) else s.get("text", "") for s in (d["a"], d["b"])]
    name = "pair-" + os.path.splitext(os.path.basename(path))[0]
    os.makedirs(os.path.join(out, name), exist_ok=True)
    for i, t in enumerate(texts):
        open(os.path.join(out, name, "account-%s.md" % "ab"[i]), "w").write(t)
PY

semantic=yes
if ! "$new" --export json --linker semantic >/dev/null 2>&1; then semantic=no; fi

same=0
total=0
run_case() {  # name, extra options, files…
    local name=$1 options=$2
    shift 2
    total=$((total + 1))
    # shellcheck disable=SC2086
    "$old" --export json $options "$@" >"$work/out/$name.old.json" 2>"$work/out/$name.old.err"
    local old_status=$?
    # shellcheck disable=SC2086
    "$new" --export json $options "$@" >"$work/out/$name.new.json" 2>"$work/out/$name.new.err"
    local new_status=$?
    if [ $old_status = $new_status ] && cmp -s "$work/out/$name.old.json" "$work/out/$name.new.json"; then
        same=$((same + 1))
        echo "same     $name ($(wc -c <"$work/out/$name.new.json") bytes)"
    else
        echo "DIFFERS  $name (exit $old_status / $new_status; see $work/out/$name.*)"
    fi
}

run_case bundled-lexical "--linker lexical"
run_case bundled-no-lexicon "--linker lexical --no-lexicon"
[ $semantic = yes ] && run_case bundled-semantic "--linker semantic"
for dir in "$work"/corpus/pair-*; do
    name=$(basename "$dir")
    run_case "$name-lexical" "--linker lexical" "$dir"/account-*
    [ $semantic = yes ] && run_case "$name-semantic" "--linker semantic" "$dir"/account-*
done
run_case synthetic-2x1m-lexical "--linker lexical" "$work"/corpus/s2/account-*
run_case synthetic-2x1m-no-lexicon "--linker lexical --no-lexicon" "$work"/corpus/s2/account-*
[ $semantic = yes ] && run_case synthetic-2x1m-semantic "--linker semantic" "$work"/corpus/s2/account-*
run_case synthetic-3x1m-lexical "--linker lexical" "$work"/corpus/s3/account-*
for shape in no-newline no-space one-char-lines; do
    run_case "$shape-lexical" "--linker lexical" "$work"/corpus/$shape/account-*
done
[ $semantic = yes ] || echo "(semantic cases skipped: no encoder installed)"
echo "$same/$total identical"
[ $same = $total ]
