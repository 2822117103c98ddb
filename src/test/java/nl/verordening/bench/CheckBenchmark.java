package nl.verordening.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.verordening.check.Checks;
import nl.verordening.load.Fragmentposities;
import nl.verordening.load.SourceLoader;
import nl.verordening.model.Finding;
import nl.verordening.model.Verordening;

/**
 * Meet {@code check} (laden, alle controles, precieze plekken) op de echte verordening en op
 * synthetische bronnen van 10 en 100 keer haar omvang: elke kopie van de hoofdstukken krijgt nieuwe
 * nummers (hoofdstuk + 14·k) en ids (achtervoegsel {@code -kK}, ook in {@code [[...]]}), zodat de
 * bron geldig blijft. Per grootte drie opwarmrondes en daarna de mediaan van vijf metingen.
 *
 * <p>Draaien: {@code bench/check-bench.sh} (zie docs/benchmarks.md).
 */
public final class CheckBenchmark {

    private static final Pattern NUMMER = Pattern.compile("^(\\s*(?:- )?(?:hoofdstuk|paragraaf|artikel): '?)(\\d+)(.*)$");
    private static final Pattern ID = Pattern.compile("^(\\s*(?:- )?id: )([a-z0-9-]+)(.*)$");
    private static final Pattern VERWIJZING = Pattern.compile("\\[\\[([a-z0-9-]+)");

    public static void main(String[] args) throws Exception {
        Path bron = Path.of(args.length > 0 ? args[0] : "verordening-source");
        Path werk = Path.of(args.length > 1 ? args[1] : "target/bench");
        int[] factoren = {1, 10, 100};
        System.out.printf("%-8s %10s %10s %12s %12s %12s%n", "omvang", "artikelen", "bevind.", "laden (ms)", "check (ms)", "ms/artikel");
        for (int f : factoren) {
            Path map = f == 1 ? bron : vermenigvuldig(bron, werk.resolve("x" + f), f);
            long[] laden = new long[5];
            long[] check = new long[5];
            int artikelen = 0;
            int bevindingen = 0;
            for (int i = -3; i < 5; i++) {
                long t0 = System.nanoTime();
                Verordening v = new SourceLoader(Checks.codes()).load(map);
                long t1 = System.nanoTime();
                List<Finding> b = Fragmentposities.verfijn(map, Checks.run(v).bevindingen());
                long t2 = System.nanoTime();
                if (i >= 0) {
                    laden[i] = t1 - t0;
                    check[i] = t2 - t1;
                }
                artikelen = v.artikelen().size();
                bevindingen = b.size();
            }
            double c = mediaan(check) / 1e6;
            System.out.printf("%-8s %10d %10d %12.1f %12.1f %12.4f%n", f + "x", artikelen, bevindingen, mediaan(laden) / 1e6, c, c / artikelen);
        }
    }

    private static double mediaan(long[] x) {
        long[] s = x.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    /** Een kopie van de bron met {@code n} keer alle hoofdstukken, hernummerd en met nieuwe ids. */
    static Path vermenigvuldig(Path bron, Path doel, int n) throws IOException {
        if (Files.exists(doel)) {
            try (Stream<Path> s = Files.walk(doel)) {
                s.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(doel.resolve("hoofdstukken"));
        List<Path> hoofdstukken;
        try (Stream<Path> s = Files.list(bron.resolve("hoofdstukken"))) {
            hoofdstukken = s.sorted().toList();
        }
        int aantal = hoofdstukken.size();
        List<String> lijst = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            for (Path h : hoofdstukken) {
                String naam = String.format("%03d-%s", k, h.getFileName());
                Files.writeString(doel.resolve("hoofdstukken").resolve(naam), kopie(Files.readString(h, StandardCharsets.UTF_8), k, aantal));
                lijst.add("  - hoofdstukken/" + naam);
            }
        }
        String yaml = Files.readString(bron.resolve("verordening.yaml"), StandardCharsets.UTF_8);
        int i = yaml.indexOf("hoofdstukken:");
        Files.writeString(doel.resolve("verordening.yaml"), yaml.substring(0, i) + "hoofdstukken:\n" + String.join("\n", lijst) + "\n");
        Files.copy(bron.resolve("wetten.yaml"), doel.resolve("wetten.yaml"));
        if (Files.exists(bron.resolve("parameters.yaml"))) Files.copy(bron.resolve("parameters.yaml"), doel.resolve("parameters.yaml"));
        return doel;
    }

    private static String kopie(String yaml, int k, int aantal) {
        if (k == 0) return yaml;
        StringBuilder sb = new StringBuilder();
        for (String regel : yaml.split("\n", -1)) {
            Matcher m = NUMMER.matcher(regel);
            if (m.matches()) regel = m.group(1) + (Integer.parseInt(m.group(2)) + aantal * k) + m.group(3);
            m = ID.matcher(regel);
            if (m.matches()) regel = m.group(1) + m.group(2) + "-k" + k + m.group(3);
            regel = VERWIJZING.matcher(regel).replaceAll("[[$1-k" + k);
            sb.append(regel).append('\n');
        }
        sb.setLength(sb.length() - 1);
        return sb.toString();
    }
}
