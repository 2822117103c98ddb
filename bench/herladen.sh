#!/usr/bin/env bash
# Meet opnieuw laden en controleren zoals verordening serve het doet, in één JVM na opwarmen:
# warm zonder wijziging en na een wijziging in één hoofdstuk. Zie docs/benchmarks.md.
#   bench/herladen.sh [OPWARMEN] [METINGEN]
set -euo pipefail
hier="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$hier"
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
exec java -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" nl.verordening.bench.HerlaadMeting "$@"
