package nl.verordening.bron;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.verordening.cli.Main;
import nl.verordening.testutil.SeedTekst;
import nl.verordening.testutil.WoordGelijkenis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * De kale tekst die {@code verordening build verordening-source} schrijft, woord voor woord tegen de
 * vastgestelde tekst. Maat: het aantal woorden van de vastgestelde tekst dat in volgorde terugkomt
 * (langste gemeenschappelijke deelrij over alle woorden, Myers-diff), gedeeld door het aantal woorden
 * van de vastgestelde tekst. Alleen PDF-opmaak (koptekst, paginanummers, opsommingstekens,
 * link-regels) is uit de vastgestelde tekst gehaald.
 */
class KaleTekstTrouwTest {

    @TempDir
    Path tmp;

    @Test
    void deKaleTekstVolgtDeVastgesteldeTekstWoordVoorWoord() throws Exception {
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"build", "verordening-source", "-o", tmp.resolve("output").toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
        String kaal = Files.readString(tmp.resolve("output/kale-tekst/verordening.txt"));

        WoordGelijkenis.Resultaat r = WoordGelijkenis.vergelijk(SeedTekst.tekst(), kaal);
        System.out.printf("kale tekst: %d van %d woorden in volgorde (%.4f), %d extra%n",
                r.gemeenschappelijk(), r.referentieWoorden(), r.score(), r.kandidaatWoorden() - r.gemeenschappelijk());
        assertThat(r.referentieWoorden()).isGreaterThan(20_000);
        assertThat(r.score()).as(r.rapport(40)).isGreaterThanOrEqualTo(0.99);
    }
}
