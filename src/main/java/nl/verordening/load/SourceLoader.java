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
import java.util.stream.Collectors;
import nl.verordening.model.Aanhef;
import nl.verordening.model.Bijlage;
import nl.verordening.model.Finding;
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
import nl.verordening.model.beslis.Beslistabel;
import nl.verordening.model.bron.Bronformaat;
import nl.verordening.model.taal.Taalniveau;
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
    /** De eenheden van een parameter (zie docs/bronformaat.md); zonder eenheid mag ook. */
    public static final List<String> EENHEDEN = List.of("EUR", "euro", "km", "kilometer", "meter", "procent", "%", "uur", "dagen",
            "weken", "maanden", "jaar", "keer");

    /** Codes die {@code aanvaard:} mag noemen; null: alleen de vorm (WET001) gecontroleerd. */
    private final Set<String> aanvaardbaar;

    public SourceLoader() {
        this(null);
    }

    /** @param aanvaardbaar de codes van de controles ({@code Checks.codes()}), voor "bedoelde u" bij een onbekende */
    public SourceLoader(Set<String> aanvaardbaar) {
        this(aanvaardbaar, null);
    }

    /**
     * @param cache onthoudt ontlede bestanden tussen laadgangen ({@code verordening serve}); null: geen
     */
    public SourceLoader(Set<String> aanvaardbaar, BronCache cache) {
        this.aanvaardbaar = aanvaardbaar == null ? null : Set.copyOf(aanvaardbaar);
        this.cache = cache;
    }

    private final BronCache cache;
    private static final Pattern BWB = Pattern.compile("BWB[RV][0-9]{7}");
    private static final Pattern GETAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    /** Wat op een datum lijkt (cijfers en een streepje) moet er ook een zijn; de rest is tekst. */
    private static final Pattern DATUMACHTIG = Pattern.compile("[0-9]+-.*");

    /** De geladen verordening met de waarschuwingen van de lader (die de bron niet onbruikbaar maken). */
    public record Geladen(Verordening verordening, List<Finding> waarschuwingen) {
        public Geladen {
            waarschuwingen = List.copyOf(waarschuwingen);
        }
    }

    public Verordening load(Path dir) throws LoadException {
        return laad(dir).verordening();
    }

    /** Laadt de bron; de waarschuwingen van de lader komen mee (ook in een {@link LoadException}). */
    public Geladen laad(Path dir) throws LoadException {
        Diagnostics diag = new Diagnostics();
        if (!Files.isDirectory(dir)) {
            diag.error(LaadFout.MAP_ONTBREEKT, new SourcePosition(dir.toString(), 0, 0), "bronmap '" + dir + "' bestaat niet");
            throw new LoadException(diag.fouten());
        }
        SourceFile wettenBestand = SourceFile.read(dir, WETTEN, null, diag, cache);
        List<Wet> wetten = wettenBestand == null ? List.of() : wetten(wettenBestand, diag);
        Set<String> codes = new LinkedHashSet<>();
        wetten.forEach(w -> codes.add(w.code()));
        // Zonder bruikbaar wettenregister is elke wettenregel "onbekend": meld alleen de oorzaak.
        WetTags wetTags = new WetTags(codes, diag, wettenBestand != null);
        AanvaardReader aanvaard = new AanvaardReader(diag, aanvaardbaar);
        BlokReader blokken = new BlokReader(diag, wetTags, aanvaard);
        HoofdstukReader hoofdstukReader = new HoofdstukReader(diag, blokken, wetTags, dir, aanvaard);

        List<Parameter> parameters = List.of();
        if (Files.exists(dir.resolve(PARAMETERS))) {
            SourceFile pf = SourceFile.read(dir, PARAMETERS, null, diag, cache);
            if (pf != null) parameters = parameters(pf, diag);
        }

        List<Beslistabel> beslistabellen = new BeslistabelReader(diag,
                parameters.stream().map(Parameter::id).collect(Collectors.toSet())).lees(dir);

        SourceFile hoofd = SourceFile.read(dir, HOOFDBESTAND, null, diag, cache);
        Metadata metadata = null;
        List<Hoofdstuk> hoofdstukken = new ArrayList<>();
        List<Bijlage> bijlagen = new ArrayList<>();
        if (hoofd != null) {
            Fields v = Fields.of(hoofd.root, HOOFDBESTAND, diag, Bronformaat.Hoofdbestand.BLOK);
            if (v != null) {
                metadata = metadata(hoofd, v, blokken, diag);
                nietGenoemd(dir, v, diag);
                for (SourceFile hf : bestanden(dir, v, Bronformaat.Hoofdbestand.HOOFDSTUKKEN, true, "hoofdstukbestand",
                        "hoofdstukken/03-de-hulpvraag.yaml", diag, cache)) {
                    Hoofdstuk h = hoofdstuk(hf, hoofdstukReader, codes, diag, aanvaard);
                    if (h != null) hoofdstukken.add(h);
                }
                for (SourceFile bf : bestanden(dir, v, Bronformaat.Hoofdbestand.BIJLAGEN, false, "bijlagebestand",
                        "bijlagen/01-tarieven.yaml", diag, cache)) {
                    Bijlage b = hoofdstukReader.bijlage(bf);
                    if (b != null) bijlagen.add(b);
                }
            }
        }
        if (diag.hasErrors() || metadata == null) throw new LoadException(diag.fouten());
        Verordening v = new Verordening(metadata, wetten, parameters, hoofdstukken, bijlagen, aanvaard.alle(), beslistabellen);
        new Validator(diag).validate(v);
        if (diag.hasErrors()) throw new LoadException(diag.fouten());
        return new Geladen(v, diag.waarschuwingen());
    }

    /** Waarschuwt voor een YAML-bestand in de bronmap dat verordening.yaml niet noemt: dat wordt stil overgeslagen. */
    private static void nietGenoemd(Path dir, Fields v, Diagnostics diag) {
        Set<String> genoemd = new java.util.HashSet<>(List.of(HOOFDBESTAND, WETTEN, PARAMETERS));
        for (Sleutel k : List.of(Bronformaat.Hoofdbestand.HOOFDSTUKKEN, Bronformaat.Hoofdbestand.BIJLAGEN)) {
            for (Node.Scalar n : BlokReader.itemsVan(v.node(k).orElse(null))) {
                try {
                    genoemd.add(Path.of(n.text().strip()).normalize().toString().replace('\\', '/'));
                } catch (java.nio.file.InvalidPathException e) {
                    // Een ongeldige naam meldt het lezen zelf.
                }
            }
        }
        try (java.util.stream.Stream<Path> s = Files.walk(dir, 3)) {
            for (Path p : s.filter(x -> x.toString().endsWith(".yaml") || x.toString().endsWith(".yml")).sorted().toList()) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                if (rel.startsWith(".") || rel.contains("/.") || !Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) continue;
                if (genoemd.contains(rel)) continue;
                // Beslistabellen worden op hun map gelezen, niet via verordening.yaml.
                if (rel.startsWith(BeslistabelReader.MAP + "/") && rel.indexOf('/', BeslistabelReader.MAP.length() + 1) < 0) continue;
                diag.warn(LaadFout.BESTAND_NIET_GENOEMD, new SourcePosition(rel, 0, 0), "'" + rel + "' staat niet onder 'hoofdstukken:'"
                        + " of 'bijlagen:' in verordening.yaml en wordt niet gelezen; noem het daar, of verwijder het");
            }
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            // Alleen een waarschuwing: een onleesbare map meldt het lezen zelf al.
        }
    }

    /** Een hoofdstuk, uit de cache als bestand en wettenregister niet veranderd zijn. */
    private Hoofdstuk hoofdstuk(SourceFile hf, HoofdstukReader reader, Set<String> wetten, Diagnostics diag, AanvaardReader aanvaard) {
        if (cache == null || hf.ontleed == null) return reader.hoofdstuk(hf);
        BronCache.Hoofdstukingang bewaard = cache.hoofdstuk(hf.name, hf.ontleed, List.copyOf(wetten), aanvaardbaar);
        if (bewaard != null) {
            diag.alle(bewaard.meldingen());
            aanvaard.voegToe(bewaard.aanvaardingen());
            return bewaard.hoofdstuk();
        }
        int meldingen = diag.aantal();
        int aanvaardingen = aanvaard.aantal();
        Hoofdstuk h = reader.hoofdstuk(hf);
        if (h != null && h.artikelen().stream().noneMatch(a -> a.publiek().illustratie() != null)) {
            cache.bewaar(hf.name, new BronCache.Hoofdstukingang(hf.ontleed, List.copyOf(wetten), aanvaardbaar, h,
                    diag.sinds(meldingen), aanvaard.sinds(aanvaardingen)));
        }
        return h;
    }

    /** De bestanden die een lijst in verordening.yaml noemt, alleen binnen de bronmap. */
    private static List<SourceFile> bestanden(Path dir, Fields v, Sleutel sleutel, boolean verplicht, String soort,
                                              String voorbeeld, Diagnostics diag, BronCache cache) {
        List<SourceFile> r = new ArrayList<>();
        java.util.Map<Path, SourcePosition> gezien = new java.util.HashMap<>();
        for (Node n : verplicht ? v.requiredList(sleutel) : v.list(sleutel)) {
            if (!(n instanceof Node.Scalar s) || s.text() == null) {
                diag.error(LaadFout.SOORT_ONJUIST, n.pos(), "elk item van '" + sleutel.naam() + "' is een bestandsnaam, zoals " + voorbeeld);
                continue;
            }
            String naam = s.text().strip();
            Path pad;
            try {
                pad = dir.resolve(naam).normalize();
            } catch (java.nio.file.InvalidPathException e) {
                diag.error(LaadFout.BESTAND_ONTBREEKT, s.pos(), soort + " '" + naam + "' is geen geldige bestandsnaam");
                continue;
            }
            SourcePosition eerder = gezien.putIfAbsent(pad, s.pos());
            if (eerder != null) {
                // Eén melding hier, niet één per artikel van het dubbel gelezen bestand.
                diag.error(LaadFout.BESTAND_DUBBEL, s.pos(), soort + " '" + naam + "' staat al op regel " + eerder.line()
                        + "; noem elk bestand één keer");
                continue;
            }
            if (!binnen(dir, pad) || naam.startsWith("/")) {
                diag.error(LaadFout.BESTAND_BUITEN_BRON, s.pos(), soort + " '" + naam + "' ligt buiten de bronmap");
                continue;
            }
            SourceFile f = SourceFile.read(dir, naam, s.pos(), diag, cache);
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
                inwerkingtredingTekst, taalniveau(v, diag), kopstijl(v, diag), v.pos());
    }

    /** Of {@code pad} in {@code dir} ligt, als absolute paden vergeleken: ook met "." als bronmap. */
    static boolean binnen(Path dir, Path pad) {
        return pad.toAbsolutePath().normalize().startsWith(dir.toAbsolutePath().normalize());
    }

    private static Taalniveau taalniveau(Fields v, Diagnostics diag) {
        Optional<String> code = v.optional(Bronformaat.Hoofdbestand.TAALNIVEAU);
        if (code.isEmpty()) return Taalniveau.B1;
        try {
            return Taalniveau.valueOf(code.get().strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            diag.error(LaadFout.WAARDE_ONGELDIG, v.node(Bronformaat.Hoofdbestand.TAALNIVEAU).get().pos(),
                    "onbekend taalniveau '" + code.get() + "' (toegestaan: B1, B2)");
            return Taalniveau.B1;
        }
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
        java.util.Map<String, SourcePosition> ids = new java.util.HashMap<>();
        for (Node n : root.requiredList(Bronformaat.Parametersbestand.PARAMETERS)) {
            Fields p = Fields.of(n, "parameter", diag, Bronformaat.Parameter.BLOK);
            if (p == null) continue;
            String id = p.required(Bronformaat.Parameter.ID);
            SourcePosition eerder = id.isEmpty() ? null : ids.putIfAbsent(id, p.pos());
            if (eerder != null) {
                diag.error(LaadFout.PARAMETER_DUBBEL, p.node(Bronformaat.Parameter.ID).get().pos(), "parameter '" + id
                        + "' staat al op regel " + eerder.line() + "; geef elke parameter één blok, met al zijn waarden onder 'waarden:'");
            }
            String eenheid = p.optional(Bronformaat.Parameter.EENHEID).orElse("");
            if (!eenheid.isEmpty() && !EENHEDEN.contains(eenheid)) {
                diag.error(LaadFout.EENHEID_ONBEKEND, p.node(Bronformaat.Parameter.EENHEID).get().pos(), "onbekende eenheid '" + eenheid
                        + "'" + DidYouMean.hint(eenheid, EENHEDEN) + " (toegestaan: " + String.join(", ", EENHEDEN) + ")");
            }
            java.util.Map<LocalDate, SourcePosition> data = new java.util.HashMap<>();
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
                SourcePosition eerderOp = vanaf == null ? null : data.putIfAbsent(vanaf, w.pos());
                if (eerderOp != null) {
                    diag.error(LaadFout.PARAMETER_DUBBEL, w.node(Bronformaat.ParameterWaarde.VANAF).get().pos(), "parameter '" + id
                            + "' heeft al een waarde vanaf " + vanaf + " (regel " + eerderOp.line() + "); welke geldt is zo onduidelijk");
                }
                if (vanaf != null) waarden.add(new Parameter.Waarde(vanaf, waarde, w.pos()));
            }
            if (eerder == null) r.add(new Parameter(id, p.optional(Bronformaat.Parameter.OMSCHRIJVING).orElse(""), eenheid,
                    p.optional(Bronformaat.Parameter.ARTIKEL).orElse(null), waarden, p.pos()));
        }
        return r;
    }
}
