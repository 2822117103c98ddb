#!/usr/bin/env bash
# Tijdt de kale-tekstset (txt, docx, xml, html) van de echte bron naast pandoc, dat dezelfde tekst
# (verordening.txt) naar docx en html zet. Hele processen, JVM-start inbegrepen; schrijft
# docs/benchmarks.md. Gebruik: bench/kale-tekst.sh [RONDES]   (standaard 5)
set -euo pipefail
cd "$(dirname "$0")/.."
rondes="${1:-5}"
command -v pandoc >/dev/null || { echo "bench: pandoc ontbreekt (apt-get install pandoc)" >&2; exit 2; }
# jar bouwen als hij ontbreekt of ouder is dan de bronnen (zoals ./verordening)
if [[ ! -f target/verordening.jar || -n "$(find src/main templates pom.xml -newer target/verordening.jar -print -quit)" ]]; then
  mvn -B -q -DskipTests package >/dev/null
fi
belasting_voor="$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo ?)"
werk="$(mktemp -d)"
trap 'rm -rf "$werk"' EXIT

nu() { date +%s.%N; }

# Eén keer vooraf: de txt als invoer voor pandoc, en caches warm (schijf, niet de JVM).
java -jar target/verordening.jar build verordening-source -o "$werk/uit" >/dev/null 2>&1
cp "$werk/uit/kale-tekst/verordening.txt" "$werk/verordening.txt"
pandoc -f markdown -t docx -o "$werk/p.docx" "$werk/verordening.txt"

declare -a v p
for ((i = 0; i < rondes; i++)); do
  t0=$(nu)
  java -jar target/verordening.jar build verordening-source -o "$werk/uit" >/dev/null 2>&1
  t1=$(nu)
  pandoc -f markdown -t docx -o "$werk/p.docx" "$werk/verordening.txt"
  pandoc -f markdown -t html -s --metadata title=Verordening -o "$werk/p.html" "$werk/verordening.txt"
  t2=$(nu)
  v+=("$(awk "BEGIN {print $t1 - $t0}")")
  p+=("$(awk "BEGIN {print $t2 - $t1}")")
done

stat() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1; s+=$1} END {printf "%.2f %.2f %.2f", a[1], (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2), s/NR}'; }
read -r vmin vmed vgem <<<"$(stat "${v[@]}")"
read -r pmin pmed pgem <<<"$(stat "${p[@]}")"
verhouding=$(awk "BEGIN {printf \"%.1f\", $vmed / $pmed}")

cat > docs/benchmarks.md <<MD
# Benchmarks

## Kale tekst naast pandoc

\`bench/kale-tekst.sh $rondes\` — $rondes rondes, hele processen (JVM-start inbegrepen), op $(nproc) cores
($(java -version 2>&1 | head -1 | tr -d '"'), $(pandoc --version | head -1)). De machine wordt gedeeld
met andere builds (load average bij de start: $belasting_voor, aan het eind: $(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo ?));
kijk naar de mediaan en de verhouding, en draai het opnieuw voor een eigen meting.

| wat | opdracht | min (s) | mediaan (s) | gemiddeld (s) |
| --- | --- | ---: | ---: | ---: |
| verordening: laden, controleren, txt + docx + xml + html | \`java -jar target/verordening.jar build verordening-source -o UIT\` | $vmin | $vmed | $vgem |
| pandoc: txt → docx en txt → html | \`pandoc -f markdown -t docx ...; pandoc -f markdown -t html -s ...\` | $pmin | $pmed | $pgem |

Verhouding (mediaan verordening / mediaan pandoc): **$verhouding**.

Pandoc doet hier minder: het leest de al gemaakte platte tekst en maakt twee bestanden zonder
nummering, stijlen of STOP; de compiler laadt en controleert de YAML-bron en maakt vier bestanden.

Waar de tijd zit (gemeten in één JVM, zelfde machine): het DOCX kost bij de eerste keer vooral de
start van docx4j, het opbouwen van zijn JAXB-context (\`org.docx4j.jaxb.Context\`); een tweede DOCX
in dezelfde JVM kost minder dan een seconde. STOP en HTML samen zijn een fractie daarvan. Het doel
"niet trager dan pandoc" is daarmee niet gehaald. Mogelijke stappen: het lichaam van het document is
al WordprocessingML-tekst, dus het pakket zelf schrijven (zonder JAXB) of docx4j in een achtergrond-
thread starten terwijl de bron laadt; of Class Data Sharing voor de jar.
MD
echo "verordening mediaan ${vmed}s, pandoc mediaan ${pmed}s, verhouding $verhouding (docs/benchmarks.md)"
