package nl.verordening.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.verordening.model.Artikel;
import nl.verordening.model.Begrip;
import nl.verordening.model.Blok;
import nl.verordening.model.Hoofdstuk;
import nl.verordening.model.Inline;
import nl.verordening.model.Kernwaarde;
import nl.verordening.model.LijstSoort;
import nl.verordening.model.Metadata;
import nl.verordening.model.Onderdeel;
import nl.verordening.model.Onderdeelhouder;
import nl.verordening.model.Ondertekening;
import nl.verordening.model.Paragraaf;
import nl.verordening.model.Parameter;
import nl.verordening.model.Publieksextra;
import nl.verordening.model.SourcePosition;
import nl.verordening.model.Tekst;
import nl.verordening.model.Verordening;
import nl.verordening.model.Wet;
import nl.verordening.model.WetTag;

/** Kleine fabriek voor modellen in tests van renderers: korte aanroepen, posities NONE. */
public final class Modellen {

    public static final SourcePosition P = SourcePosition.NONE;

    private Modellen() {}

    // ---- inline ----

    public static Tekst tekst(Object... delen) {
        List<Inline> r = new ArrayList<>();
        for (Object d : delen) r.add(d instanceof Inline ? (Inline) d : new Inline.Platte(String.valueOf(d)));
        return new Tekst(r);
    }

    public static Inline.Verwijzing verwijzing(String doel, String lid, String onderdeel) {
        return new Inline.Verwijzing(doel, lid, onderdeel, P);
    }

    public static Inline.ParameterWaarde parameter(String id) {
        return new Inline.ParameterWaarde(id, P);
    }

    // ---- blokken ----

    /** Een alinea uit tekst en inline-delen (strings worden platte tekst). */
    public static Blok.Alinea alinea(Object... delen) {
        return new Blok.Alinea(tekst(delen), P);
    }

    public static Blok.Lid lid(String nummer, Blok... inhoud) {
        return new Blok.Lid(nummer, List.of(inhoud), P);
    }

    public static Blok.Lijst lijst(LijstSoort soort, Onderdeel... onderdelen) {
        return new Blok.Lijst(soort, List.of(onderdelen), P);
    }

    public static Onderdeel onderdeel(String label, Blok... inhoud) {
        return new Onderdeel(label, List.of(inhoud), P);
    }

    /** Onderdeel met één alinea. */
    public static Onderdeel onderdeel(String label, String tekst) {
        return onderdeel(label, alinea(tekst));
    }

    public static Blok.Wettenregel wettenregel(String... codes) {
        return new Blok.Wettenregel(wetten(codes), P);
    }

    /** Tags zoals geschreven; "Wmo LLV" wordt twee tags met die schrijfwijze. */
    public static List<WetTag> wetten(String... geschreven) {
        List<WetTag> r = new ArrayList<>();
        for (String g : geschreven) {
            for (String code : g.trim().split("\\s+")) r.add(new WetTag(code, g, P));
        }
        return r;
    }

    // ---- structuur ----

    public static Artikel artikel(String id, String nummer, String titel, List<WetTag> wetten, Blok... inhoud) {
        return new Artikel(id, nummer, titel, wetten, List.of(inhoud), Publieksextra.GEEN, List.of(), P);
    }

    public static Paragraaf paragraaf(String id, String nummer, String titel, List<WetTag> wetten,
                                      List<Blok> inleiding, Artikel... artikelen) {
        return new Paragraaf(id, nummer, titel, wetten, inleiding, List.of(artikelen), P);
    }

    public static Hoofdstuk hoofdstuk(String id, String nummer, String titel, List<Blok> inleiding,
                                      List<String> kernwaarden, List<Begrip> begrippen,
                                      Onderdeelhouder... onderdelen) {
        List<Kernwaarde> kw = new ArrayList<>();
        for (String k : kernwaarden) kw.add(new Kernwaarde(Tekst.van(k), P));
        return new Hoofdstuk(id, nummer, titel, inleiding, kw, begrippen, List.of(onderdelen), P);
    }

    public static Begrip begrip(String id, String term, List<String> afkortingen, Blok... definitie) {
        return new Begrip(id, term, afkortingen, List.of(), List.of(definitie), P);
    }

    public static Parameter parameterDef(String id, String eenheid, String... datumWaarde) {
        List<Parameter.Waarde> w = new ArrayList<>();
        for (int i = 0; i < datumWaarde.length; i += 2) {
            w.add(new Parameter.Waarde(LocalDate.parse(datumWaarde[i]), datumWaarde[i + 1], P));
        }
        return new Parameter(id, id, eenheid, w, P);
    }

    public static Metadata metadata() {
        Ondertekening o = new Ondertekening(List.of(
                new Ondertekening.Ondertekenaar("De raadsgriffier,", "M.B.J. Looman", P),
                new Ondertekening.Ondertekenaar("De raadsvoorzitter,", "L.J. Werger", P)), P);
        return new Metadata("Oude IJsselstreek", "gm1509",
                "Verordening Sociaal Domein gemeente Oude IJsselstreek 2026",
                "Verordening Sociaal Domein gemeente Oude IJsselstreek 2026", 2026,
                LocalDate.of(2025, 12, 18), LocalDate.of(2026, 1, 1), null, List.of(), o, P);
    }

    public static List<Wet> wetregister() {
        return Arrays.asList(
                new Wet("Wmo", "Wet maatschappelijke ondersteuning 2015", "BWBR0035362", P),
                new Wet("Jeugdwet", "Jeugdwet", "BWBR0034925", P),
                new Wet("LLV", "Leerlingenvervoer", null, P),
                new Wet("Wgs", "Wet gemeentelijke schuldhulpverlening", "BWBR0026178", P));
    }

    public static Verordening verordening(List<Parameter> parameters, Hoofdstuk... hoofdstukken) {
        return new Verordening(metadata(), wetregister(), parameters, List.of(hoofdstukken));
    }
}
