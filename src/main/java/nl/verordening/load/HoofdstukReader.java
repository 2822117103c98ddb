package nl.verordening.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.verordening.model.Artikel;
import nl.verordening.model.Begrip;
import nl.verordening.model.Blok;
import nl.verordening.model.Hoofdstuk;
import nl.verordening.model.Illustratie;
import nl.verordening.model.Kernwaarde;
import nl.verordening.model.Onderdeelhouder;
import nl.verordening.model.Paragraaf;
import nl.verordening.model.Publieksextra;
import nl.verordening.model.StabielId;

/** Leest een hoofdstukbestand: hoofdstuk, begrippen, paragrafen en artikelen. */
final class HoofdstukReader {

    static final Set<String> HOOFDSTUK = Set.of("hoofdstuk", "id", "titel", "inleiding", "kernwaarden", "begrippen", "inhoud",
            AanvaardReader.SLEUTEL);
    static final Set<String> PARAGRAAF = Set.of("paragraaf", "id", "titel", "wetten", "inleiding", "artikelen", AanvaardReader.SLEUTEL);
    static final Set<String> ARTIKEL = Set.of("artikel", "id", "titel", "wetten", "inhoud", "uitleg", "voorbeeld",
            "illustratie", "toelichting", AanvaardReader.SLEUTEL);
    static final Set<String> BEGRIP = Set.of("term", "id", "afkortingen", "varianten", "definitie", AanvaardReader.SLEUTEL);
    static final Set<String> ILLUSTRATIE = Set.of("bestand", "alt");
    private static final Set<String> INHOUD_SOORTEN = Set.of("paragraaf", "artikel");

    private final Diagnostics diag;
    private final BlokReader blokken;
    private final WetTags wetTags;
    private final Path dir;
    private final AanvaardReader aanvaard;

    HoofdstukReader(Diagnostics diag, BlokReader blokken, WetTags wetTags, Path dir, AanvaardReader aanvaard) {
        this.diag = diag;
        this.blokken = blokken;
        this.wetTags = wetTags;
        this.dir = dir;
        this.aanvaard = aanvaard;
    }

    Hoofdstuk hoofdstuk(SourceFile f) {
        Fields v = Fields.of(f.root, "hoofdstuk", diag, HOOFDSTUK);
        if (v == null) return null;
        String nummer = v.required("hoofdstuk");
        v.noem("hoofdstuk " + nummer);
        String id = id(v, "hoofdstuk " + nummer);
        aanvaard.lees(v, id);
        String titel = v.required("titel");
        List<Blok> inleiding = blokken.blokken(f, v.node("inleiding").orElse(null), "de inleiding van hoofdstuk " + nummer);
        List<Kernwaarde> kernwaarden = new ArrayList<>();
        for (Node n : v.list("kernwaarden")) {
            if (n instanceof Node.Scalar s && s.text() != null) kernwaarden.add(new Kernwaarde(f.tekst.tekst(s), s.pos()));
            else diag.error(LaadFout.SOORT_ONJUIST, n.pos(), "een kernwaarde is één zin tekst, niet " + n.soort());
        }
        List<Begrip> begrippen = new ArrayList<>();
        for (Node n : v.list("begrippen")) {
            Begrip b = begrip(f, n);
            if (b != null) begrippen.add(b);
        }
        List<Onderdeelhouder> onderdelen = new ArrayList<>();
        for (Node n : v.list("inhoud")) {
            if (n instanceof Node.Mapping m && m.entries().containsKey("paragraaf")) {
                Paragraaf p = paragraaf(f, m);
                if (p != null) onderdelen.add(p);
            } else if (n instanceof Node.Mapping m && m.entries().containsKey("artikel")) {
                Artikel a = artikel(f, m);
                if (a != null) onderdelen.add(a);
            } else if (n instanceof Node.Mapping m && !m.entries().isEmpty()) {
                Node.Entry e = m.entries().values().iterator().next();
                diag.error(LaadFout.BLOK_ONBEKEND, e.keyPos(), "de inhoud van een hoofdstuk bestaat uit 'paragraaf:' en 'artikel:', niet '"
                        + e.key() + "'" + DidYouMean.hint(e.key(), INHOUD_SOORTEN));
            } else {
                diag.error(LaadFout.SOORT_ONJUIST, n.pos(), "de inhoud van een hoofdstuk bestaat uit 'paragraaf:' en 'artikel:', niet " + n.soort());
            }
        }
        return new Hoofdstuk(id, nummer, titel, inleiding, kernwaarden, begrippen, onderdelen, v.pos());
    }

    private Paragraaf paragraaf(SourceFile f, Node.Mapping m) {
        Fields v = Fields.of(m, naam("paragraaf", m), diag, PARAGRAAF);
        String nummer = v.required("paragraaf");
        v.noem("paragraaf " + nummer);
        String id = id(v, "paragraaf " + nummer);
        aanvaard.lees(v, id);
        String titel = v.required("titel");
        List<Artikel> artikelen = new ArrayList<>();
        for (Node n : v.list("artikelen")) {
            if (n instanceof Node.Mapping am && am.entries().containsKey("artikel")) {
                Artikel a = artikel(f, am);
                if (a != null) artikelen.add(a);
            } else {
                diag.error(LaadFout.SOORT_ONJUIST, n.pos(), "'artikelen' van paragraaf " + nummer + " bevat alleen blokken die met 'artikel:' beginnen");
            }
        }
        return new Paragraaf(id, nummer, titel, wetTags.tags(v.scalars("wetten")),
                blokken.blokken(f, v.node("inleiding").orElse(null), "de inleiding van paragraaf " + nummer),
                artikelen, v.pos());
    }

    Artikel artikel(SourceFile f, Node.Mapping m) {
        Fields v = Fields.of(m, naam("artikel", m), diag, ARTIKEL);
        String nummer = v.required("artikel");
        String wat = "artikel " + nummer;
        v.noem(wat);
        String id = id(v, wat);
        aanvaard.lees(v, id);
        aanvaard.inArtikel(id);
        String titel = v.required("titel");
        List<Blok> inhoud = blokken.blokken(f, v.node("inhoud").orElse(null), wat);
        aanvaard.inArtikel(null);
        if (!v.has("inhoud")) diag.error(LaadFout.VELD_ONTBREEKT, v.pos(), wat + " mist het verplichte veld 'inhoud'");
        Illustratie ill = null;
        if (v.node("illustratie").isPresent()) {
            Fields i = Fields.of(v.node("illustratie").get(), "illustratie van " + wat, diag, ILLUSTRATIE);
            if (i != null) {
                String bestand = i.required("bestand");
                String alt = i.required("alt");
                if (!bestand.isEmpty() && !Files.isRegularFile(dir.resolve(bestand))) {
                    diag.error(LaadFout.BESTAND_ONTBREEKT, i.node("bestand").get().pos(), "afbeelding '" + bestand + "' bestaat niet in " + dir);
                }
                ill = new Illustratie(bestand, alt, i.pos());
            }
        }
        Publieksextra extra = new Publieksextra(
                blokken.blokken(f, v.node("uitleg").orElse(null), "de uitleg bij " + wat),
                blokken.blokken(f, v.node("voorbeeld").orElse(null), "het voorbeeld bij " + wat), ill);
        return new Artikel(id, nummer, titel, wetTags.tags(v.scalars("wetten")), inhoud, extra,
                blokken.blokken(f, v.node("toelichting").orElse(null), "de toelichting bij " + wat), v.pos());
    }

    /** "artikel 3.1.1 A" voor meldingen, ook voordat de velden gelezen zijn. */
    private static String naam(String soort, Node.Mapping m) {
        Node.Entry e = m.entries().get(soort);
        return e != null && e.value() instanceof Node.Scalar s && s.text() != null ? soort + " " + s.text().strip() : soort;
    }

    private Begrip begrip(SourceFile f, Node n) {
        Fields v = Fields.of(n, "begrip", diag, BEGRIP);
        if (v == null) return null;
        String term = v.required("term");
        String id = v.optional("id").orElse("begrip-" + StabielId.slug(term));
        if (v.has("id")) controleerId(id, v, "begrip " + term);
        aanvaard.lees(v, id);
        List<String> afk = v.scalars("afkortingen").stream().map(s -> s.text().strip()).toList();
        List<String> var = v.scalars("varianten").stream().map(s -> s.text().strip()).toList();
        List<Blok> def = blokken.blokken(f, v.node("definitie").orElse(null), "de definitie van " + term);
        if (!v.has("definitie")) diag.error(LaadFout.VELD_ONTBREEKT, v.pos(), "begrip '" + term + "' mist het verplichte veld 'definitie'");
        return new Begrip(id, term, afk, var, def, v.pos());
    }

    private String id(Fields v, String wat) {
        String id = v.required("id");
        if (!id.isEmpty()) controleerId(id, v, wat);
        return id;
    }

    private void controleerId(String id, Fields v, String wat) {
        if (!StabielId.geldig(id)) {
            diag.error(LaadFout.ID_ONGELDIG, v.node("id").get().pos(), "id '" + id + "' van " + wat
                    + " mag alleen kleine letters, cijfers en '-' bevatten, zoals '" + StabielId.slug(id) + "'");
        }
    }
}
