#!/usr/bin/env bash
# Koude start van 'verordening check' naast de JVM-vloer, in één run: mediaan van N runs (standaard 15),
# gemeten met /usr/bin/time -f %e (wandkloktijd, 10 ms resolutie) en daarnaast de cpu-tijd (user+sys),
# die op een drukke machine minder schommelt. Zie docs/benchmarks.md.
#   bench/start.sh [N] [BRONMAP]
# Met VOOR_JAR=pad/naar/oude/verordening.jar meet hij ook een eerdere jar (kaal), ter vergelijking.
set -euo pipefail
hier="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$hier"
n="${1:-15}"
bron="${2:-verordening-source}"
jar=target/verordening.jar
./verordening check --lijst >/dev/null   # jar en CDS-archief klaarzetten (eerste gebruik)

meet() { # naam, commando...
  local naam="$1"; shift
  local wand=() cpu=() t
  t="$(mktemp)"
  for ((i = 0; i < n; i++)); do
    /usr/bin/time -o "$t" -f '%e %U %S' "$@" >/dev/null 2>&1 || true
    read -r e u s <"$t"
    wand+=("$e")
    cpu+=("$(echo "$u + $s" | bc)")
  done
  rm -f "$t"
  printf '%-52s wand: mediaan %5ss min %5ss   cpu: mediaan %5ss\n' "$naam" \
    "$(mediaan "${wand[@]}")" "$(printf '%s\n' "${wand[@]}" | sort -n | head -1)" "$(mediaan "${cpu[@]}")"
}

mediaan() {
  printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"
}

echo "n=$n, $(nproc) kernen, belasting: $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
meet "JVM-vloer: java -Xshare:auto -version" java -Xshare:auto -version
if [[ -n "${VOOR_JAR:-}" ]]; then
  meet "eerdere jar, kaal: java -jar \$VOOR_JAR check" java -jar "$VOOR_JAR" check "$bron"
fi
meet "kaal: java -jar ... check" java -jar "$jar" check "$bron"
meet "met C1: java -XX:TieredStopAtLevel=1 -jar ... check" java -XX:TieredStopAtLevel=1 -jar "$jar" check "$bron"
meet "met AppCDS: java -XX:SharedArchiveFile=... check" java -XX:SharedArchiveFile=target/verordening.jsa -Xlog:cds=off -Xlog:cds+dynamic=off -jar "$jar" check "$bron"
meet "met AppCDS, C1 en SerialGC (zoals de launcher)" java -XX:SharedArchiveFile=target/verordening.jsa -Xlog:cds=off -Xlog:cds+dynamic=off -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$jar" check "$bron"
meet "launcher: ./verordening check" ./verordening check "$bron"
