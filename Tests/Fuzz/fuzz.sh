#!/usr/bin/env bash
# Coverage-guided fuzzing (libFuzzer, built into this Swift toolchain) of the TOML parser and
# of theme and lexicon loading. Not part of `swift test`: too slow.
#
#   Tests/Fuzz/fuzz.sh [TARGET…]    build each target (default: all) and feed it FUZZ_RUNS
#                                   inputs (default 1000000; 0 builds only)
#
# Targets: toml (the bare parser), themes, lexicon, config (the configuration file). Seeds: Tests/Fuzz/corpus/TARGET and
# Tests/Fuzz/corpus/toml, plus the shipped themes (Themes/) or lexicon. Inputs that reach new
# code are kept in .build-fuzz/corpus/TARGET (not committed); a crash leaves
# .build-fuzz/crash-*: fix it, then add the input to Tests/Fuzz/corpus/TARGET.
#
# Adding a target (the configuration file, say): a harness Tests/Fuzz/NameFuzzer.swift with an
# @_cdecl("LLVMFuzzerTestOneInput") function, and one line in `target` below.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
fuzz=$root/Tests/Fuzz
out=$root/.build-fuzz
runs=${FUZZ_RUNS:-1000000}
cd "$root"
mkdir -p "$out"

# target NAME: sets the harness file, the modules it links (in dependency order) and extra seeds.
target() {
  case $1 in
    toml) harness=TOMLFuzzer modules=(ReadoutsTOML) extra_seeds=() ;;
    themes) harness=ThemeFuzzer modules=(ReadoutsTOML ReadoutsThemes) extra_seeds=("$root/Themes") ;;
    lexicon) harness=LexiconFuzzer modules=(ReadoutsTOML CICU ReadoutsText ReadoutsTopics)
      extra_seeds=("$root/Sources/ReadoutsTopics/Embedded") ;;
    config) harness=ConfigFuzzer modules=(ReadoutsTOML CICU ReadoutsText ReadoutsTopics ReadoutsThemes ReadoutsReader ReadoutsConfig)
      extra_seeds=() ;;
    *) echo "fuzz.sh: unknown target $1 (toml, themes, lexicon, config)" >&2; exit 64 ;;
  esac
}
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(toml themes lexicon config)
for t in "${targets[@]}"; do target "$t"; done

# Modules with embedded data files need the package's build plugin to generate them once.
swift build --target ReadoutsThemes >/dev/null
swift build --target ReadoutsTopics >/dev/null
embedded() { ls "$root"/.build/plugins/outputs/*/"$1"/destination/EmbedPlugin/EmbeddedFiles.swift | head -1; }

cat >"$out/CICU.modulemap" <<MAP
module CICU { header "$root/Sources/CICU/include/CICU.h" export * }
MAP
flags=(-O -sanitize=fuzzer -parse-as-library -swift-version 6 -I "$out"
  -Xcc -fmodule-map-file="$root/Sources/CStemmer/module.modulemap" -Xcc -fmodule-map-file="$out/CICU.modulemap")

built=" "
build() {  # compiles module $1 into $out/$1.o (and $1.swiftmodule), once per run of this script
  local name=$1 extra=()
  [[ $built == *" $name "* ]] && return 0
  echo "fuzz.sh: compiling $name" >&2
  if [[ $name == CICU ]]; then
    clang -O2 -c Sources/CICU/CICU.c -I Sources/CICU/include -o "$out/CICU.o"
  else
    [[ -f Sources/$name/embed.txt ]] && extra=("$(embedded "$name")")
    local sources=()
    mapfile -t sources < <(find Sources/"$name" -name '*.swift' | sort)  # subfolders too
    swiftc "${flags[@]}" -wmo -c -module-name "$name" -emit-module -emit-module-path "$out/$name.swiftmodule" \
      "${sources[@]}" "${extra[@]}" -o "$out/$name.o"
  fi
  built+="$name "
}

for t in "${targets[@]}"; do
  target "$t"
  objects=()
  for module in "${modules[@]}"; do
    build "$module"
    objects+=("$out/$module.o")
  done
  echo "fuzz.sh: linking $out/fuzz-$t" >&2
  swiftc "${flags[@]}" -module-name "Fuzz_$t" "$fuzz/FuzzChecks.swift" "$fuzz/$harness.swift" "${objects[@]}" \
    -licuuc -licui18n -o "$out/fuzz-$t"
  [[ $runs == 0 ]] && continue
  mkdir -p "$out/corpus/$t"
  seeds=("$fuzz/corpus/toml")
  [[ $t != toml && -d $fuzz/corpus/$t ]] && seeds+=("$fuzz/corpus/$t")
  echo "fuzz.sh: fuzzing $t for $runs inputs" >&2
  "$out/fuzz-$t" -runs="$runs" -dict="$fuzz/toml.dict" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$out/" "$out/corpus/$t" "${seeds[@]}" "${extra_seeds[@]}"
done
