package nl.verordening.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.verordening.load.LoadException;
import nl.verordening.load.SourceLoader;
import nl.verordening.model.Finding;

/**
 * De verwachte bevindingen van een fixture, zoals Error Prone's {@code // BUG: Diagnostic contains:}:
 * een YAML-commentaar {@code # verwacht: WET001 "tekst"} op de regel van de bevinding, of een regel
 * {@code [bestand:regel ]CODE ["tekst"]} in {@code verwacht.txt} voor bevindingen zonder regel.
 * {@code laad: MAP} in verwacht.txt laadt een andere (ook: niet-bestaande) map dan de fixture zelf.
 */
final class Verwachtingen {

    /** Eén verwachting; {@code tekst} (of null) moet in het bericht staan. Regel 0: zonder plek. */
    record Verwacht(String bestand, int regel, String code, String tekst) {
        String sleutel() {
            return Verwachtingen.sleutel(bestand, regel, code);
        }
    }

    static final String VERWACHT_TXT = "verwacht.txt";
    private static final Pattern COMMENTAAR = Pattern.compile("#\\s*verwacht:.*$");
    private static final Pattern VERWACHTING = Pattern.compile("verwacht:\\s*([A-Za-z0-9-]+)(?:\\s+\"([^\"]*)\")?");
    private static final Pattern REGEL = Pattern.compile("(?:(\\S+):(\\d+)\\s+)?([A-Za-z0-9-]+)(?:\\s+\"([^\"]*)\")?");

    private Verwachtingen() {}

    static String sleutel(String bestand, int regel, String code) {
        return regel <= 0 ? code : bestand + ":" + regel + ": " + code;
    }

    /** De verwachtingen uit alle YAML-bestanden van de fixture en uit verwacht.txt. */
    static List<Verwacht> lees(Path fixture) {
        List<Verwacht> r = new ArrayList<>();
        try (Stream<Path> s = Files.walk(fixture)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                String naam = fixture.relativize(p).toString().replace('\\', '/');
                // Vervangend decoderen: ook een fixture met een ongeldige byte heeft verwachtingen.
                String tekst = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
                if (naam.equals(VERWACHT_TXT)) r.addAll(uitTxt(tekst));
                else if (naam.endsWith(".yaml")) r.addAll(uitYaml(naam, tekst));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return r;
    }

    static List<Verwacht> uitYaml(String bestand, String tekst) {
        List<Verwacht> r = new ArrayList<>();
        String[] regels = tekst.split("\n", -1);
        for (int i = 0; i < regels.length; i++) {
            Matcher c = COMMENTAAR.matcher(regels[i]);
            if (!c.find()) continue;
            Matcher m = VERWACHTING.matcher(c.group());
            while (m.find()) r.add(new Verwacht(bestand, i + 1, m.group(1), m.group(2)));
        }
        return r;
    }

    static List<Verwacht> uitTxt(String tekst) {
        List<Verwacht> r = new ArrayList<>();
        for (String regel : tekst.split("\n")) {
            String t = regel.strip();
            if (t.isEmpty() || t.startsWith("#") || t.startsWith("laad:")) continue;
            Matcher m = REGEL.matcher(t);
            if (!m.matches()) throw new IllegalArgumentException("onleesbare regel in verwacht.txt: " + t);
            r.add(new Verwacht(m.group(1), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)), m.group(3), m.group(4)));
        }
        return r;
    }

    /** De map die de fixture laadt: de fixture zelf, of {@code laad: MAP} uit verwacht.txt. */
    static Path bron(Path fixture) {
        Path txt = fixture.resolve(VERWACHT_TXT);
        if (Files.isRegularFile(txt)) {
            try {
                for (String regel : Files.readAllLines(txt)) {
                    if (regel.startsWith("laad:")) return fixture.resolve(regel.substring(5).strip());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return fixture;
    }

    /** Laden en alle controles, zoals {@code verordening check}: laadfouten of niet-aanvaarde bevindingen. */
    static List<Finding> bevindingen(Path fixture) {
        try {
            return Checks.run(new SourceLoader(Checks.codes()).load(bron(fixture))).bevindingen();
        } catch (LoadException e) {
            return e.findings();
        }
    }

    /**
     * Vergelijkt op (bestand, regel, code); een bevinding zonder regel telt alleen op code. Geeft
     * één regel per probleem (ontbrekend, onverwacht, tekst niet in het bericht); leeg is goed.
     */
    static List<String> vergelijk(List<Verwacht> verwacht, List<Finding> gevonden) {
        List<String> problemen = new ArrayList<>();
        Set<String> gevondenSleutels = new LinkedHashSet<>();
        for (Finding f : gevonden) gevondenSleutels.add(sleutel(f));
        Set<String> verwachtSleutels = new TreeSet<>();
        for (Verwacht v : verwacht) {
            verwachtSleutels.add(v.sleutel());
            List<Finding> daar = gevonden.stream().filter(f -> sleutel(f).equals(v.sleutel())).toList();
            if (daar.isEmpty()) {
                problemen.add("ontbreekt:  " + v.sleutel() + (v.tekst() == null ? "" : " \"" + v.tekst() + "\""));
            } else if (v.tekst() != null && daar.stream().noneMatch(f -> f.message().contains(v.tekst()))) {
                problemen.add("tekst ontbreekt: " + v.sleutel() + " \"" + v.tekst() + "\"; wel: "
                        + daar.stream().map(Finding::message).toList());
            }
        }
        gevonden.stream().sorted(Comparator.naturalOrder())
                .filter(f -> !verwachtSleutels.contains(sleutel(f)))
                .forEach(f -> problemen.add("onverwacht: " + sleutel(f) + " " + f.message()));
        return problemen;
    }

    private static String sleutel(Finding f) {
        return sleutel(f.pos().file(), f.pos().line(), f.code());
    }
}
