package nl.verordening.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.verordening.pijplijn.UitvoerMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Het corpus van slechte invoer (issue 6): elk geval in {@code src/test/resources/bad-input/<geval>/}
 * gaat door de echte ingang {@link Main#run} en moet precies de verwachte exitcode, code en plek
 * geven ({@code verwacht.yaml}), met een Nederlandse melding zonder stacktrace, Java of Engels van
 * de YAML-parser, en zonder dat er iets geschreven of veranderd is buiten de uitvoermap van een
 * geslaagde build. Elk geval draait op een kopie in een tijdelijke map; symbolische koppelingen, een
 * map als hoofdstuk en een te groot bestand maakt de test daar ({@code opzet}).
 */
class SlechteInvoerTest {

    static final Path CORPUS = Path.of("src/test/resources/bad-input");
    private static final List<String> VERBODEN = List.of("Exception", "java.", "org.", "while scanning", "while parsing",
            "expected", "\tat ", "StackOverflow");

    @TempDir
    Path tmp;

    static Stream<String> gevallen() throws IOException {
        try (Stream<Path> s = Files.list(CORPUS)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gevallen")
    void geval(String naam) throws Exception {
        Path bronGeval = CORPUS.resolve(naam);
        Map<String, Object> v = new Yaml(new LoaderOptions()).load(Files.readString(bronGeval.resolve("verwacht.yaml")));
        Map<String, String> corpusVoor = snapshot(bronGeval);
        Path werkmap = Path.of("").toAbsolutePath();
        Map<String, String> werkmapVoor = bovenste(werkmap);

        Path g = tmp.resolve("geval");
        kopieer(bronGeval, g);
        opzet(g, (String) v.get("opzet"));
        Path uit = g.resolve("uit");
        String[] args = args((String) v.get("opdracht"), g, uit);
        Map<String, String> voor = snapshot(g);

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        String alles = out + "\n" + err;

        if (v.get("exit") != null) assertThat(code).as("exitcode van %s\n%s", naam, alles).isEqualTo(v.get("exit"));
        else assertThat(code).as("exitcode van %s\n%s", naam, alles).isIn(0, 1, 2);
        for (String w : VERBODEN) assertThat(alles).as("geen '%s' in de meldingen van %s", w, naam).doesNotContain(w);
        if (code != 0) assertThat(err.toString()).as("een melding op stderr").isNotBlank();
        if (v.get("melding") != null) assertThat(alles).contains((String) v.get("melding"));
        if (v.get("code") != null) {
            String plek = g.resolve("bron").resolve((String) v.get("bestand")).toString();
            int regel = (Integer) v.get("regel");
            String verwacht = regel > 0 ? plek + ":" + regel + ":" + v.get("kolom") + ": " : plek + ": ";
            assertThat(alles.lines().filter(l -> l.startsWith(verwacht) && (l.endsWith("[" + v.get("code") + "]") || l.contains("[" + v.get("code") + "]: "))).toList())
                    .as("melding [%s] op %s in\n%s", v.get("code"), verwacht, alles).isNotEmpty();
        }
        if (v.get("fouten") != null) {
            assertThat(alles.lines().filter(l -> l.contains(": fout: ")).count()).as("aantal fouten in\n%s", alles)
                    .isEqualTo(((Integer) v.get("fouten")).longValue());
        }
        if (v.get("uitvoer") != null) {
            assertThat(Files.readString(uit.resolve((String) v.get("uitvoer")))).contains((String) v.get("uitvoer-bevat"));
        }

        // Niets geschreven of veranderd: de bron en alles naast de uitvoer; bij een mislukte opdracht ook geen uitvoer.
        Map<String, String> na = snapshot(g);
        if (code == 0 || code == 1) {
            na.keySet().removeIf(k -> k.equals("uit") || k.startsWith("uit/"));
            voor.keySet().removeIf(k -> k.equals("uit") || k.startsWith("uit/"));
        }
        assertThat(na).as("niets veranderd naast de uitvoer").isEqualTo(voor);
        assertThat(snapshot(bronGeval)).isEqualTo(corpusVoor);
        assertThat(bovenste(werkmap)).as("de werkmap is niet veranderd").isEqualTo(werkmapVoor);
        assertThat(werkmap.resolve("GEHACKT")).doesNotExist();
        assertThat(g.resolve("GEHACKT")).doesNotExist();
    }

    private String[] args(String opdracht, Path g, Path uit) {
        String bron = g.resolve("bron").toString();
        String tekst = g.resolve("tekst.txt").toString();
        List<String> a = switch (opdracht) {
            case "check" -> List.of("check", bron);
            case "check-weg" -> List.of("check", g.resolve("weg").toString());
            case "check-optie" -> List.of("check", "--onzin", bron);
            case "build" -> List.of("build", bron, "-o", uit.toString());
            case "build-sjablonen" -> List.of("build", bron, "-o", uit.toString(), "--sjablonen", g.resolve("sjablonen").toString());
            case "build-sjablonen-weg" -> List.of("build", bron, "-o", uit.toString(), "--sjablonen", g.resolve("weg").toString());
            case "build-onder-bestand" -> List.of("build", bron, "-o", g.resolve("blok").resolve("uit").toString());
            case "build-vreemd" -> List.of("build", bron, "-o", g.resolve("vreemd").toString());
            case "build-in-bron" -> List.of("build", bron, "-o", bron);
            case "import" -> List.of("import", "tekst", tekst, "-o", uit.toString());
            case "import-map" -> List.of("import", "tekst", g.resolve("tekstmap").toString(), "-o", uit.toString());
            case "import-weg" -> List.of("import", "tekst", g.resolve("weg.txt").toString(), "-o", uit.toString());
            case "import-vreemd" -> List.of("import", "tekst", tekst, "-o", g.resolve("vreemd").toString(), "--force");
            case "import-werkmap" -> gevaarlijk(tekst, ".");
            case "import-thuis" -> gevaarlijk(tekst, System.getProperty("user.home"));
            case "import-wortel" -> gevaarlijk(tekst, "/");
            default -> throw new IllegalArgumentException("onbekende opdracht " + opdracht);
        };
        return a.toArray(String[]::new);
    }

    /** Een map die nooit vervangen mag worden: eerst zeker weten dat de bewaking staat, anders niet draaien. */
    private static List<String> gevaarlijk(String tekst, String doel) {
        assertThat(UitvoerMap.vervangenGeweigerd(Path.of(doel))).as("bewaking voor " + doel).isNotNull();
        return List.of("import", "tekst", tekst, "-o", doel, "--force");
    }

    private static void opzet(Path g, String opzet) throws IOException {
        if (opzet == null) return;
        String[] d = opzet.split(" ");
        Path bron = g.resolve("bron");
        switch (d[0]) {
            case "symlink" -> {
                assumeTrue(Files.exists(Path.of(d[2])), d[2] + " bestaat niet op dit systeem");
                Files.createSymbolicLink(bron.resolve(d[1]), Path.of(d[2]));
            }
            case "lus" -> {
                Files.createSymbolicLink(bron.resolve(d[1]), bron.resolve(d[2]).getFileName());
                Files.createSymbolicLink(bron.resolve(d[2]), bron.resolve(d[1]).getFileName());
            }
            case "map" -> Files.createDirectories(bron.resolve(d[1]));
            case "groot" -> {
                String kop = Files.readString(bron.resolve(d[1]));
                Files.writeString(bron.resolve(d[1]), kop + "# " + "x".repeat(4_100_000) + "\n");
            }
            default -> throw new IllegalArgumentException(opzet);
        }
    }

    private static void kopieer(Path van, Path naar) throws IOException {
        try (Stream<Path> s = Files.walk(van)) {
            for (Path p : s.toList()) {
                Path doel = naar.resolve(van.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(doel);
                else Files.copy(p, doel);
            }
        }
        Files.writeString(naar.resolve("blok"), "een bestand, geen map\n");
    }

    /** Pad → grootte en inhoud-hash (koppelingen als hun doel), van alles onder {@code map}. */
    static Map<String, String> snapshot(Path map) throws IOException {
        Map<String, String> r = new TreeMap<>();
        if (!Files.exists(map)) return r;
        try (Stream<Path> s = Files.walk(map)) {
            for (Path p : s.toList()) {
                String k = map.relativize(p).toString();
                if (Files.isSymbolicLink(p)) r.put(k, "-> " + Files.readSymbolicLink(p));
                else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) r.put(k, "map");
                else r.put(k, Files.size(p) + ":" + Arrays.hashCode(Files.readAllBytes(p)));
            }
        }
        return r;
    }

    /** De bovenste laag van de werkmap (namen en wijzigtijden van bestanden), zonder target/. */
    private static Map<String, String> bovenste(Path map) throws IOException {
        Map<String, String> r = new TreeMap<>();
        try (Stream<Path> s = Files.list(map)) {
            for (Path p : s.toList()) {
                String n = p.getFileName().toString();
                if (n.equals("target") || n.startsWith(".")) continue;
                r.put(n, Files.isDirectory(p) ? "map" : String.valueOf(Files.getLastModifiedTime(p)));
            }
        }
        return r;
    }

    static List<String> namen() throws IOException {
        return new ArrayList<>(gevallen().toList());
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
