package nl.verordening.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.verordening.model.Artikel;
import nl.verordening.model.Bijlage;
import nl.verordening.model.Blok;
import nl.verordening.model.Hoofdstuk;
import nl.verordening.model.Paragraaf;
import nl.verordening.model.Verordening;
import nl.verordening.testutil.Shared;
import org.junit.jupiter.api.Test;

/** De ontwikkelcorpus: Regeling maatschappelijke ondersteuning Den Haag 2018 (overgeslagen zonder ../shared). */
class DenHaagTest {

    @Test
    void dump() throws Exception {
        Path p = Shared.vereist("corpus/den_haag_2018.txt");
        String invoer = Files.readString(p);
        ImportResult r = new TextImporter(new ImportOptions(null)).importText(invoer, "den_haag_2018.txt");
        Verordening v = r.verordening();
        for (Hoofdstuk h : v.hoofdstukken()) {
            System.out.println("H " + h.nummer() + " | " + h.titel() + " | inl " + h.inleiding().size());
            h.onderdelen().forEach(o -> {
                if (o instanceof Paragraaf pa) {
                    System.out.println("  P " + pa.nummer() + " | " + pa.titel());
                    pa.artikelen().forEach(a -> System.out.println("    A " + a.nummer() + " | " + a.titel() + " | " + soorten(a)));
                } else {
                    Artikel a = (Artikel) o;
                    System.out.println("  A " + a.nummer() + " | " + a.titel() + " | " + soorten(a));
                }
            });
        }
        for (Bijlage b : v.bijlagen()) System.out.println("B " + b.nummer() + " | " + b.titel() + " | " + b.inhoud().stream().map(x -> x.getClass().getSimpleName()).toList());
        System.out.println(v.metadata());
        r.findings().forEach(f -> System.out.println(f.format()));
        String kaal = Kaal.tekst(v);
        System.out.println("ruw: " + Kaal.trouw(invoer, kaal));
        Kaal.Trouw t = Kaal.trouw(Kaal.zonderTrefwoorden(invoer), kaal);
        System.out.println("zonder trefwoorden: " + t);
        System.out.println(t.resultaat().rapport(30));
    }

    static String soorten(Artikel a) {
        return a.inhoud().stream().map(b -> b instanceof Blok.Lid l ? "L" + l.nummer() : b.getClass().getSimpleName()).toList().toString();
    }
}
