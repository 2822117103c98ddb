package nl.verordening.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.verordening.model.Aanhef;
import nl.verordening.model.Bijlage;
import nl.verordening.model.Hoofdstuk;
import nl.verordening.model.Kopstijl;
import nl.verordening.model.Metadata;
import nl.verordening.model.Ondertekening;
import nl.verordening.model.Orgaan;
import nl.verordening.model.Parameter;
import nl.verordening.model.SourcePosition;
import nl.verordening.model.StabielId;
import nl.verordening.model.Tekst;
import nl.verordening.model.Verordening;
import nl.verordening.model.Wet;
import nl.verordening.model.bron.Bronformaat;
import nl.verordening.model.bron.Sleutel;

/**
 * Laadt een bronmap: {@code verordening.yaml} (gegevens, de lijst hoofdstukbestanden en de lijst
 * bijlagebestanden), {@code wetten.yaml} (het wettenregister), optioneel {@code parameters.yaml},
 * de hoofdstukken en de bijlagen. Verzamelt alle fouten en gooit ze samen als {@link LoadException}.
 */
public final class SourceLoader {

    public static final String HOOFDBESTAND = Bronformaat.Hoofdbestand.BESTAND;
    public static final String WETTEN = Bronformaat.Wettenbestand.BESTAND;
    public static final String PARAMETERS = Bronformaat.Parametersbestand.BESTAND;

    private static final Pattern CBS = Pattern.compile("gm[0-9]{4}");

    /** Codes die {@code aanvaard:} mag noemen; null: alleen de vorm (WET001) gecontroleerd. */
    private final Set<String> aanvaardbaar;

    public SourceLoader() {
        this(null);
    }

    /** @param aanvaardbaar de codes van de controles ({@code Checks.codes()}), voor "bedoelde u" bij een onbekende */
    public SourceLoader(Set<String> aanvaardbaar) {
        this.aanvaardbaar = aanvaardbaar == null ? null : Set.copyOf(aanvaardbaar);
    }
    private static final Pattern BWB = Pattern.compile("BWB[RV][0-9]{7}");
    private static final Pattern GETAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    /** Wat op een datum lijkt (cijfers en een streepje) moet er ook een zijn; de rest is tekst. */
    private static final Pattern DATUMACHTIG = Pattern.compile("[0-9]+-.*");

    public Verordening load(Path dir) throws LoadException {
        Diagnostics diag = new Diagnostics();
        if (!Files.isDirectory(dir)) {
            diag.error(LaadFout.MAP_ONTBREEKT, new SourcePosition(dir.toString(), 0, 0), "bronmap '" + dir + "' bestaat niet");
            throw new LoadException(diag.all());
        }
        SourceFile wettenBestand = SourceFile.read(dir, WETTEN, null, diag);
        List<Wet> wetten = wettenBestand == null ? List.of() : wetten(wettenBestand, diag);
        Set<String> codes = new LinkedHashSet<>();
        wetten.forEach(w -> codes.add(w.code()));
        WetTags wetTags = new WetTags(codes, diag);
        AanvaardReader aanvaard = new AanvaardReader(diag, aanvaardbaar);
        BlokReader blokken = new BlokReader(diag, wetTags, aanvaard);
        HoofdstukReader hoofdstukReader = new HoofdstukReader(diag, blokken, wetTags, dir, aanvaard);

        List<Parameter> parameters = List.of();
        if (Files.exists(dir.resolve(PARAMETERS))) {
            SourceFile pf = SourceFile.read(dir, PARAMETERS, null, diag);
            if (pf != null) parameters = parameters(pf, diag);
        }

        SourceFile hoofd = SourceFile.read(dir, HOOFDBESTAND, null, diag);
        Metadata metadata = null;
        List<Hoofdstuk> hoofdstukken = new ArrayList<>();
        List<Bijlage> bijlagen = new ArrayList<>();
        if (hoofd != null) {
            Fields v = Fields.of(hoofd.root, HOOFDBESTAND, diag, Bronformaat.Hoofdbestand.BLOK);
            if (v != null) {
                metadata = metadata(hoofd, v, blokken, diag);
                for (SourceFile hf : bestanden(dir, v, Bronformaat.Hoofdbestand.HOOFDSTUKKEN, true, "hoofdstukbestand",
                        "hoofdstukken/03-de-hulpvraag.yaml", diag)) {
                    Hoofdstuk h = hoofdstukReader.hoofdstuk(hf);
                    if (h != null) hoofdstukken.add(h);
                }
                for (SourceFile bf : bestanden(dir, v, Bronformaat.Hoofdbestand.BIJLAGEN, false, "bijlagebestand",
                        "bijlagen/01-tarieven.yaml", diag)) {
                    Bijlage b = hoofdstukReader.bijlage(bf);
                    if (b != null) bijlagen.add(b);
                }
            }
        }
        if (diag.hasErrors() || metadata == null) throw new LoadException(diag.all());
        Verordening v = new Verordening(metadata, wetten, parameters, hoofdstukken, bijlagen, aanvaard.alle());
        new Validator(diag).validate(v);
        if (diag.hasErrors()) throw new LoadException(diag.all());
        return v;
    }

    /** De bestanden die een lijst in verordening.yaml noemt, alleen binnen de bronmap. */
    private static List<SourceFile> bestanden(Path dir, Fields v, Sleutel sleutel, boolean verplicht, String soort,
                                              String voorbeeld, Diagnostics diag) {
        List<SourceFile> r = new ArrayList<>();
        for (Node n : verplicht ? v.requiredList(sleutel) : v.list(sleutel)) {
            if (!(n instanceof Node.Scalar s) || s.text() == null) {
                diag.error(LaadFout.SOORT_ONJUIST, n.pos(), "elk item van '" + sleutel.naam() + "' is een bestandsnaam, zoals " + voorbeeld);
                continue;
            }
            String naam = s.text().strip();
            Path pad = dir.resolve(naam).normalize();
            if (!pad.startsWith(dir.normalize()) || naam.startsWith("/")) {
                diag.error(LaadFout.BESTAND_BUITEN_BRON, s.pos(), soort + " '" + naam + "' ligt buiten de bronmap");
                continue;
            }
            SourceFile f = SourceFile.read(dir, naam, s.pos(), diag);
            if (f != null) r.add(f);
        }
        return r;
    }

    private static Metadata metadata(SourceFile f, Fields v, BlokReader blokken, Diagnostics diag) {
        String gemeente = v.required(Bronformaat.Hoofdbestand.GEMEENTE);
        String cbs = v.required(Bronformaat.Hoofdbestand.CBS_CODE);
        if (!cbs.isEmpty() && !CBS.matcher(cbs).matches()) {
            diag.error(LaadFout.CBS_CODE_ONGELDIG, v.node(Bronformaat.Hoofdbestand.CBS_CODE).get().pos(), "cbs-code '" + cbs + "' moet de vorm gm0000 hebben (bijv. gm1509)");
        }
        String jaarTekst = v.required(Bronformaat.Hoofdbestand.JAAR);
        int jaar = 0;
        if (!jaarTekst.isEmpty()) {
            if (jaarTekst.matches("[0-9]{4}")) jaar = Integer.parseInt(jaarTekst);
            else diag.error(LaadFout.JAAR_ONGELDIG, v.node(Bronformaat.Hoofdbestand.JAAR).get().pos(), "'jaar' moet een jaartal zijn zoals 2026, niet '" + jaarTekst + "'");
        }
        List<Ondertekening.Ondertekenaar> ondertekenaars = new ArrayList<>();
        for (Node n : v.list(Bronformaat.Hoofdbestand.ONDERTEKENING)) {
            Fields o = Fields.of(n, "ondertekenaar", diag, Bronformaat.Ondertekenaar.BLOK);
            if (o != null) {
                ondertekenaars.add(new Ondertekening.Ondertekenaar(o.required(Bronformaat.Ondertekenaar.FUNCTIE),
                        o.required(Bronformaat.Ondertekenaar.NAAM), o.pos()));
            }
        }
        SourcePosition ondPos = v.node(Bronformaat.Hoofdbestand.ONDERTEKENING).map(Node::pos).orElse(v.pos());
        LocalDate inwerkingtreding = null;
        String inwerkingtredingTekst = null;
        Optional<String> iwt = v.optional(Bronformaat.Hoofdbestand.INWERKINGTREDING).filter(t -> !t.isEmpty());
        if (iwt.isPresent() && DATUMACHTIG.matcher(iwt.get()).matches()) {
            try {
                inwerkingtreding = LocalDate.parse(iwt.get());
            } catch (DateTimeParseException e) {
                diag.error(LaadFout.DATUM_ONGELDIG, v.node(Bronformaat.Hoofdbestand.INWERKINGTREDING).get().pos(), "'inwerkingtreding' '"
                        + iwt.get() + "' is geen geldige datum; schrijf jaar-maand-dag (2026-01-01), of tekst als"
                        + " 'de dag na die van de bekendmaking'");
            }
        } else if (iwt.isPresent()) {
            inwerkingtredingTekst = iwt.get();
        }
        return new Metadata(gemeente, cbs, v.required(Bronformaat.Hoofdbestand.TITEL), v.required(Bronformaat.Hoofdbestand.CITEERTITEL), jaar,
                v.date(Bronformaat.Hoofdbestand.VASTGESTELD, false), inwerkingtreding,
                v.optional(Bronformaat.Hoofdbestand.INTREKT).orElse(null),
                aanhef(f, v, blokken, diag), new Ondertekening(ondertekenaars, volgorde(v, diag), ondPos), orgaan(v, diag),
                v.optional(Bronformaat.Hoofdbestand.SLOTFORMULE).filter(t -> !t.isEmpty()).orElse(null),
                inwerkingtredingTekst, kopstijl(v, diag), v.pos());
    }

    private static Ondertekening.Volgorde volgorde(Fields v, Diagnostics diag) {
        Optional<String> code = v.optional(Bronformaat.Hoofdbestand.ONDERTEKENING_VOLGORDE);
        if (code.isEmpty()) return Ondertekening.Volgorde.FUNCTIE_NAAM;
        Ondertekening.Volgorde o = Ondertekening.Volgorde.vanCode(code.get());
        if (o == null) {
            List<String> codes = Arrays.stream(Ondertekening.Volgorde.values()).map(Ondertekening.Volgorde::code).toList();
            diag.error(LaadFout.WAARDE_ONGELDIG, v.node(Bronformaat.Hoofdbestand.ONDERTEKENING_VOLGORDE).get().pos(),
                    "onbekende ondertekening-volgorde '" + code.get() + "'" + DidYouMean.hint(code.get(), codes)
                            + " (toegestaan: " + String.join(", ", codes) + ")");
        }
        return o;
    }

    /** {@code koppen:} met het woord voor elk soort nummer; zonder: alleen nummers. */
    private static Kopstijl kopstijl(Fields v, Diagnostics diag) {
        Optional<Node> n = v.node(Bronformaat.Hoofdbestand.KOPPEN);
        if (n.isEmpty()) return Kopstijl.GEEN;
        Fields k = Fields.of(n.get(), "koppen", diag, Bronformaat.Koppen.BLOK);
        if (k == null) return Kopstijl.GEEN;
        return new Kopstijl(k.optional(Bronformaat.Koppen.HOOFDSTUK).orElse(""),
                k.optional(Bronformaat.Koppen.PARAGRAAF).orElse(""), k.optional(Bronformaat.Koppen.ARTIKEL).orElse(""));
    }

    private static Orgaan orgaan(Fields v, Diagnostics diag) {
        Optional<String> code = v.optional(Bronformaat.Hoofdbestand.ORGAAN);
        if (code.isEmpty()) return Orgaan.RAAD;
        Orgaan o = Orgaan.vanCode(code.get());
        if (o == null) {
            List<String> codes = Arrays.stream(Orgaan.values()).map(Orgaan::code).toList();
            diag.error(LaadFout.ORGAAN_ONGELDIG, v.node(Bronformaat.Hoofdbestand.ORGAAN).get().pos(), "onbekend orgaan '" + code.get() + "'"
                    + DidYouMean.hint(code.get(), codes) + " (toegestaan: " + String.join(", ", codes) + ")");
        }
        return o;
    }

    /** Blokken (alleen lopende tekst), of een blok met tekst, gelet-op en besluit. */
    private static Aanhef aanhef(SourceFile f, Fields v, BlokReader blokken, Diagnostics diag) {
        Optional<Node> n = v.node(Bronformaat.Hoofdbestand.AANHEF);
        if (n.isEmpty()) return Aanhef.GEEN;
        if (!(n.get() instanceof Node.Mapping)) {
            return Aanhef.vanTekst(blokken.blokken(f, n.get(), "de aanhef"), n.get().pos());
        }
        Fields a = Fields.of(n.get(), "de aanhef", diag, Bronformaat.Aanhef.BLOK);
        List<Tekst> geletOp = new ArrayList<>();
        for (Node.Scalar s : a.scalars(Bronformaat.Aanhef.GELET_OP)) geletOp.add(f.tekst.tekst(s));
        return new Aanhef(blokken.blokken(f, a.node(Bronformaat.Aanhef.TEKST).orElse(null), "de aanhef"), geletOp,
                blokken.blokken(f, a.node(Bronformaat.Aanhef.BESLUIT).orElse(null), "het besluit in de aanhef"), a.pos());
    }

    private static List<Wet> wetten(SourceFile f, Diagnostics diag) {
        Fields root = Fields.of(f.root, WETTEN, diag, Bronformaat.Wettenbestand.BLOK);
        if (root == null) return List.of();
        List<Wet> r = new ArrayList<>();
        for (Node n : root.requiredList(Bronformaat.Wettenbestand.WETTEN)) {
            Fields w = Fields.of(n, "wet", diag, Bronformaat.Wet.BLOK);
            if (w == null) continue;
            String code = w.required(Bronformaat.Wet.CODE);
            String bwb = w.optional(Bronformaat.Wet.BWB).orElse(null);
            if (bwb != null && !BWB.matcher(bwb).matches()) {
                diag.error(LaadFout.BWB_ONGELDIG, w.node(Bronformaat.Wet.BWB).get().pos(), "bwb '" + bwb + "' moet de vorm BWBR0000000 hebben");
            }
            Optional<Wet> eerder = r.stream().filter(x -> x.code().equals(code)).findFirst();
            if (eerder.isPresent()) {
                diag.error(LaadFout.WET_DUBBEL, w.pos(), "wet '" + code + "' staat twee keer in het register (eerder op " + eerder.get().pos() + ")");
                continue;
            }
            r.add(new Wet(code, w.required(Bronformaat.Wet.NAAM), bwb, w.pos()));
        }
        return r;
    }

    private static List<Parameter> parameters(SourceFile f, Diagnostics diag) {
        Fields root = Fields.of(f.root, PARAMETERS, diag, Bronformaat.Parametersbestand.BLOK);
        if (root == null) return List.of();
        List<Parameter> r = new ArrayList<>();
        for (Node n : root.requiredList(Bronformaat.Parametersbestand.PARAMETERS)) {
            Fields p = Fields.of(n, "parameter", diag, Bronformaat.Parameter.BLOK);
            if (p == null) continue;
            String id = p.required(Bronformaat.Parameter.ID);
            if (!id.isEmpty() && !StabielId.geldig(id)) {
                diag.error(LaadFout.ID_ONGELDIG, p.node(Bronformaat.Parameter.ID).get().pos(), "parameter-id '" + id + "' mag alleen kleine letters, cijfers en '-' bevatten");
            }
            List<Parameter.Waarde> waarden = new ArrayList<>();
            for (Node wn : p.requiredList(Bronformaat.Parameter.WAARDEN)) {
                Fields w = Fields.of(wn, "waarde van parameter " + id, diag, Bronformaat.ParameterWaarde.BLOK);
                if (w == null) continue;
                String waarde = w.required(Bronformaat.ParameterWaarde.WAARDE);
                if (!waarde.isEmpty() && !GETAL.matcher(waarde).matches()) {
                    diag.error(LaadFout.WAARDE_ONGELDIG, w.node(Bronformaat.ParameterWaarde.WAARDE).get().pos(), "waarde '" + waarde + "' moet een getal zijn met een punt als decimaalteken, zoals 62.50");
                }
                var vanaf = w.date(Bronformaat.ParameterWaarde.VANAF, true);
                if (vanaf != null) waarden.add(new Parameter.Waarde(vanaf, waarde, w.pos()));
            }
            r.add(new Parameter(id, p.optional(Bronformaat.Parameter.OMSCHRIJVING).orElse(""),
                    p.optional(Bronformaat.Parameter.EENHEID).orElse(""), waarden, p.pos()));
        }
        return r;
    }
}
