package nl.verordening.importer;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.verordening.model.Artikel;
import nl.verordening.model.Begrip;
import nl.verordening.model.Blok;
import nl.verordening.model.Hoofdstuk;
import nl.verordening.model.Kernwaarde;
import nl.verordening.model.Onderdeel;
import nl.verordening.model.Onderdeelhouder;
import nl.verordening.model.Ondertekening;
import nl.verordening.model.Paragraaf;
import nl.verordening.model.Verordening;
import nl.verordening.model.WetTag;
import nl.verordening.testutil.SeedTekst;

/** Hulpjes voor de tests: de seed lezen en alle tekst van het model in documentvolgorde. */
final class Modelwoorden {

    private Modelwoorden() {}

    /** De ruwe seed, uit de testresources (zie {@link SeedTekst}). */
    static String seed() {
        return SeedTekst.ruw();
    }

    /** Alle tekststukken van het model in documentvolgorde (titels, nummers, tekst, wetten, ondertekening). */
    static List<String> teksten(Verordening v) {
        List<String> r = new ArrayList<>();
        for (Hoofdstuk h : v.hoofdstukken()) {
            r.add(h.nummer());
            r.add(h.titel());
            blokken(h.inleiding(), r);
            if (!h.kernwaarden().isEmpty()) r.add("Kernwaarden");
            for (Kernwaarde k : h.kernwaarden()) r.add(k.tekst().platteTekst());
            for (Begrip b : h.begrippen()) {
                r.add(b.term());
                r.addAll(b.afkortingen());
                blokken(b.definitie(), r);
            }
            for (Onderdeelhouder o : h.onderdelen()) {
                if (o instanceof Paragraaf p) {
                    kop(p.nummer(), p.titel(), p.wetten(), r);
                    blokken(p.inleiding(), r);
                    for (Artikel a : p.artikelen()) artikel(a, r);
                } else if (o instanceof Artikel a) {
                    artikel(a, r);
                }
            }
        }
        if (v.metadata().vastgesteld() != null) {
            r.add(v.metadata().vastgesteld().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"))));
        }
        Ondertekening o = v.metadata().ondertekening();
        if (o != null) {
            for (Ondertekening.Ondertekenaar t : o.ondertekenaars()) r.add(t.functie());
            for (Ondertekening.Ondertekenaar t : o.ondertekenaars()) r.add(t.naam());
        }
        return r;
    }

    private static void artikel(Artikel a, List<String> r) {
        kop(a.nummer(), a.titel(), a.wetten(), r);
        blokken(a.inhoud(), r);
    }

    private static void kop(String nummer, String titel, List<WetTag> wetten, List<String> r) {
        r.add(nummer);
        r.add(titel);
        wetten(wetten, r);
    }

    /** Zoals geschreven: "Wmo LLV" (twee tags, één schrijfwijze) telt één keer. */
    private static void wetten(List<WetTag> wetten, List<String> r) {
        String vorige = null;
        for (WetTag t : wetten) {
            if (!t.geschreven().equals(vorige)) r.add(t.geschreven());
            vorige = t.geschreven();
        }
    }

    static void blokken(List<Blok> blokken, List<String> r) {
        for (Blok b : blokken) {
            if (b instanceof Blok.Alinea a) {
                r.add(a.tekst().platteTekst());
            } else if (b instanceof Blok.Lid l) {
                r.add(l.nummer());
                blokken(l.inhoud(), r);
            } else if (b instanceof Blok.Lijst l) {
                for (Onderdeel o : l.onderdelen()) {
                    if (o.label() != null) r.add(o.label());
                    blokken(o.inhoud(), r);
                }
            } else if (b instanceof Blok.Wettenregel w) {
                wetten(w.wetten(), r);
            }
        }
    }

    /** Woorden: reeksen letters en cijfers, in kleine letters. */
    static List<String> woorden(String tekst) {
        List<String> r = new ArrayList<>();
        for (String w : tekst.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) if (!w.isEmpty()) r.add(w);
        return r;
    }
}
