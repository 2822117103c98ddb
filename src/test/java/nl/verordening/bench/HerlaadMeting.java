package nl.verordening.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import nl.verordening.pijplijn.Herlader;
import nl.verordening.pijplijn.Opties;
import nl.verordening.pijplijn.Pijplijn;
import nl.verordening.testutil.Mappen;

/**
 * Meet in één JVM, na opwarmen, hoe lang {@code verordening serve} doet over opnieuw laden en
 * controleren: warm zonder wijziging, en na een wijziging in één hoofdstukbestand. Draaien met
 * {@code bench/herladen.sh}; schrijft mediaan, p90 en min in ms. Renderen (wat serve daarna doet) apart.
 */
public final class HerlaadMeting {

    private HerlaadMeting() {}

    public static void main(String[] args) throws Exception {
        int opwarmen = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int metingen = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Path tmp = Files.createTempDirectory("herlaad");
        Path bron = Mappen.kopieer(Path.of("verordening-source"), tmp.resolve("bron"));
        Path h = bron.resolve("hoofdstukken/04-gezond-en-veilig-opgroeien.yaml");
        String tekst = Files.readString(h);
        Herlader herlader = new Herlader(bron);

        Herlader.Uitkomst eerste = herlader.herlaad();
        System.out.printf("eerste laadgang (koud, in deze JVM): %.1f ms, %d bestanden ontleed%n", eerste.nanos() / 1e6, eerste.ontleed());
        for (int i = 0; i < opwarmen; i++) {
            herlader.herlaad();
            wijzig(h, tekst, i);
            Pijplijn.renderInGeheugen(herlader.herlaad().resultaat(), Opties.STANDAARD);
        }
        double[] warm = new double[metingen];
        double[] eenBestand = new double[metingen];
        double[] renderen = new double[metingen];
        long ontleed = 0;
        for (int i = 0; i < metingen; i++) {
            warm[i] = herlader.herlaad().nanos() / 1e6;
            wijzig(h, tekst, opwarmen + i);
            Herlader.Uitkomst u = herlader.herlaad();
            if (!u.bruikbaar()) throw new IllegalStateException("bron laadt niet: " + u.laadfouten());
            eenBestand[i] = u.nanos() / 1e6;
            long t0 = System.nanoTime();
            Pijplijn.renderInGeheugen(u.resultaat(), Opties.STANDAARD);
            renderen[i] = (System.nanoTime() - t0) / 1e6;
            ontleed += u.ontleed();
        }
        System.out.println(regel("warm, niets gewijzigd", warm));
        System.out.println(regel("één hoofdstuk gewijzigd", eenBestand));
        System.out.println(regel("daarna renderen (serve)", renderen));
        System.out.printf("bestanden ontleed per gang na één wijziging: %.2f%n", (double) ontleed / metingen);
        try (var w = Files.walk(tmp)) {
            for (Path p : w.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    private static void wijzig(Path h, String tekst, int i) throws Exception {
        Files.writeString(h, tekst.replace("titel: Preventieve maatregelen", "titel: Preventieve maatregelen " + i));
    }

    private static String regel(String wat, double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        return String.format("%-26s mediaan %6.2f ms   p90 %6.2f ms   min %6.2f ms   (n=%d)", wat, s[s.length / 2],
                s[(int) (s.length * 0.9)], s[0], s.length);
    }
}
