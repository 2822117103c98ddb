package nl.verordening.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.verordening.model.Artikel;
import nl.verordening.model.Begrip;
import nl.verordening.model.Bijlage;
import nl.verordening.model.Blok;
import nl.verordening.model.Hoofdstuk;
import nl.verordening.model.Illustratie;
import nl.verordening.model.Kernwaarde;
import nl.verordening.model.Onderdeelhouder;
import nl.verordening.model.Paragraaf;
import nl.verordening.model.Publieksextra;
import nl.verordening.model.bron.Bronformaat;

/** Leest een hoofdstukbestand (hoofdstuk, begrippen, paragrafen en artikelen) of een bijlagebestand. */
final class HoofdstukReader {

    private static final String PARAGRAAF = Bronformaat.Paragraaf.PARAGRAAF.naam();
    private static final String ARTIKEL = Bronformaat.Artikel.ARTIKEL.naam();
    private static final Set<String> INHOUD_SOORTEN = Set.of(PARAGRAAF, ARTIKEL);

    private final Diagnostics diag;
    private final BlokReader blokken;
    private final WetTags wetTags;
    private final Path dir;
    private final AanvaardReader aanvaard;

    HoofdstukReader(Diagnostics diag, BlokReader blokken, WetTags wetTags, Path dir, AanvaardReader aanvaard) {
        this.aanvaard = aanvaard;
        this.diag = diag;
        this.blokken = blokken;
        this.wetTags = wetTags;
        this.dir = dir;
    }

    Hoofdstuk hoofdstuk(SourceFile f) {
        Fields v = Fields.of(f.root, "hoofdstuk", diag, Bronformaat.Hoofdstuk.BLOK);
        if (v == null) return null;
        String nummer = v.required(Bronformaat.Hoofdstuk.HOOFDSTUK);
        v.noem("hoofdstuk " + nummer);
        String id = id(v, "hoofdstuk " + nummer);
        aanvaard.lees(v, id);
        // Zonder hoofdstukindeling (VNG-model, "Artikel 1 ...") staan de artikelen in één hoofdstuk zonder nummer en titel.
        String titel = v.required(Bronformaat.Hoofdstuk.TITEL, nummer.isEmpty());
        List<Blok> inleiding = blokken.blokken(f, v.node(Bronformaat.Hoofdstuk.INLEIDING).orElse(null), "de inleiding van hoofdstuk " + nummer);
        List<Kernwaarde> kernwaarden = new ArrayList<>();
        for (Node n : v.list(Bronformaat.Hoofdstuk.KERNWAARDEN)) {
            if (n instanceof Node.Scalar s && s.text() != null) kernwaarden.add(new Kernwaarde(f.tekst.tekst(s), s.pos()));
            else diag.error(LaadFout.SOORT_ONJUIST, n.pos(), "een kernwaarde is één zin tekst, niet " + n.soort());
        }
        List<Begrip> begrippen = new ArrayList<>();
        for (Node n : v.list(Bronformaat.Hoofdstuk.BEGRIPPEN)) {
            Begrip b = blokken.begrip(f, n, Bronformaat.Begrip.BLOK);
            if (b != null) begrippen.add(b);
        }
        List<Onderdeelhouder> onderdelen = new ArrayList<>();
        for (Node n : v.list(Bronformaat.Hoofdstuk.INHOUD)) {
            if (n instanceof Node.Mapping m && m.entries().containsKey(PARAGRAAF)) {
                Paragraaf p = paragraaf(f, m);
                if (p != null) onderdelen.add(p);
            } else if (n instanceof Node.Mapping m && m.entries().containsKey(ARTIKEL)) {
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

    /** Een bijlage: nummer, id, titel en inhoud (tekst en tabellen). */
    Bijlage bijlage(SourceFile f) {
        Fields v = Fields.of(f.root, "bijlage", diag, Bronformaat.Bijlage.BLOK);
        if (v == null) return null;
        String nummer = v.required(Bronformaat.Bijlage.BIJLAGE);
        String wat = nummer.isEmpty() ? "de bijlage" : "bijlage " + nummer;
        v.noem(wat);
        String id = id(v, wat);
        String titel = v.required(Bronformaat.Bijlage.TITEL);
        if (!v.has(Bronformaat.Bijlage.INHOUD)) diag.error(LaadFout.VELD_ONTBREEKT, v.pos(), wat + " mist het verplichte veld 'inhoud'");
        List<Blok> inhoud = blokken.blokken(f, v.node(Bronformaat.Bijlage.INHOUD).orElse(null), wat);
        return new Bijlage(id, nummer, titel, inhoud, v.pos());
    }

    private Paragraaf paragraaf(SourceFile f, Node.Mapping m) {
        Fields v = Fields.of(m, naam(PARAGRAAF, m), diag, Bronformaat.Paragraaf.BLOK);
        String nummer = v.required(Bronformaat.Paragraaf.PARAGRAAF);
        v.noem("paragraaf " + nummer);
        String id = id(v, "paragraaf " + nummer);
        aanvaard.lees(v, id);
        String titel = v.required(Bronformaat.Paragraaf.TITEL);
        List<Artikel> artikelen = new ArrayList<>();
        for (Node n : v.list(Bronformaat.Paragraaf.ARTIKELEN)) {
            if (n instanceof Node.Mapping am && am.entries().containsKey(ARTIKEL)) {
                Artikel a = artikel(f, am);
                if (a != null) artikelen.add(a);
            } else {
                diag.error(LaadFout.SOORT_ONJUIST, n.pos(), "'artikelen' van paragraaf " + nummer + " bevat alleen blokken die met 'artikel:' beginnen");
            }
        }
        return new Paragraaf(id, nummer, titel, wetTags.tags(v.scalars(Bronformaat.Paragraaf.WETTEN)),
                blokken.blokken(f, v.node(Bronformaat.Paragraaf.INLEIDING).orElse(null), "de inleiding van paragraaf " + nummer),
                artikelen, v.pos());
    }

    Artikel artikel(SourceFile f, Node.Mapping m) {
        Fields v = Fields.of(m, naam(ARTIKEL, m), diag, Bronformaat.Artikel.BLOK);
        String nummer = v.required(Bronformaat.Artikel.ARTIKEL);
        String wat = "artikel " + nummer;
        v.noem(wat);
        String id = id(v, wat);
        // Zonder titel: "Artikel 3" met alleen tekst, zoals in oudere regelingen.
        String titel = v.optional(Bronformaat.Artikel.TITEL).orElse("");
        if (v.node(Bronformaat.Artikel.TITEL).orElse(null) instanceof Node.Scalar ts && ts.text().isBlank()) {
            diag.error(LaadFout.TEKST_LEEG, v.node(Bronformaat.Artikel.TITEL).get().pos(), "de titel van " + wat
                    + " is leeg; laat 'titel:' weg als het artikel geen titel heeft");
        }
        aanvaard.lees(v, id);
        aanvaard.inArtikel(id);
        List<Blok> inhoud = blokken.blokken(f, v.node(Bronformaat.Artikel.INHOUD).orElse(null), wat);
        aanvaard.inArtikel(null);
        if (!v.has(Bronformaat.Artikel.INHOUD)) diag.error(LaadFout.VELD_ONTBREEKT, v.pos(), wat + " mist het verplichte veld 'inhoud'");
        else if (inhoud.isEmpty() && leeg(v.node(Bronformaat.Artikel.INHOUD).orElse(null))) {
            diag.error(LaadFout.TEKST_LEEG, v.node(Bronformaat.Artikel.INHOUD).map(Node::pos).orElse(v.keyPos(Bronformaat.Artikel.INHOUD)),
                    wat + " heeft een lege inhoud; schrijf de tekst van het artikel onder 'inhoud:'");
        }
        Illustratie ill = null;
        if (v.node(Bronformaat.Artikel.ILLUSTRATIE).isPresent()) {
            Fields i = Fields.of(v.node(Bronformaat.Artikel.ILLUSTRATIE).get(), "illustratie van " + wat, diag, Bronformaat.Illustratie.BLOK);
            if (i != null) {
                String bestand = i.required(Bronformaat.Illustratie.BESTAND);
                String alt = i.required(Bronformaat.Illustratie.ALT);
                if (!bestand.isEmpty()) Afbeelding.controleer(dir, bestand, i.node(Bronformaat.Illustratie.BESTAND).get().pos(), diag);
                ill = new Illustratie(bestand, alt, i.pos());
            }
        }
        Publieksextra extra = new Publieksextra(
                blokken.blokken(f, v.node(Bronformaat.Artikel.UITLEG).orElse(null), "de uitleg bij " + wat),
                blokken.blokken(f, v.node(Bronformaat.Artikel.VOORBEELD).orElse(null), "het voorbeeld bij " + wat), ill);
        return new Artikel(id, nummer, titel, wetTags.tags(v.scalars(Bronformaat.Artikel.WETTEN)), inhoud, extra,
                blokken.blokken(f, v.node(Bronformaat.Artikel.TOELICHTING).orElse(null), "de toelichting bij " + wat), v.pos());
    }

    private static boolean leeg(Node n) {
        return n == null || (n instanceof Node.Sequence s && s.items().isEmpty()) || (n instanceof Node.Scalar s && s.text().isBlank());
    }

    /** "artikel 3.1.1 A" voor meldingen, ook voordat de velden gelezen zijn. */
    private static String naam(String soort, Node.Mapping m) {
        Node.Entry e = m.entries().get(soort);
        return e != null && e.value() instanceof Node.Scalar s && s.text() != null ? soort + " " + s.text().strip() : soort;
    }

    private String id(Fields v, String wat) {
        String id = v.required("id");
        if (!id.isEmpty()) blokken.controleerId(id, v, wat);
        return id;
    }
}
