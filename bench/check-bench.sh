#!/usr/bin/env bash
# Benchmark van `check` op de echte verordening en op synthetische bronnen van 10x en 100x haar omvang.
# Uitkomst en uitleg: docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
exec java -Xmx2g -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  nl.verordening.bench.CheckBenchmark verordening-source target/bench
