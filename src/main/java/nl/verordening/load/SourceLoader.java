package nl.verordening.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.verordening.model.Hoofdstuk;
import nl.verordening.model.Metadata;
import nl.verordening.model.Ondertekening;
import nl.verordening.model.Parameter;
import nl.verordening.model.SourcePosition;
import nl.verordening.model.StabielId;
import nl.verordening.model.Verordening;
import nl.verordening.model.Wet;
import nl.verordening.model.beslis.Beslistabel;

/**
 * Laadt een bronmap: {@code verordening.yaml} (gegevens en de lijst hoofdstukbestanden),
 * {@code wetten.yaml} (het wettenregister), optioneel {@code parameters.yaml}, en de hoofdstukken.
 * Verzamelt alle fouten en gooit ze samen als {@link LoadException}.
 */
public final class SourceLoader {

    public static final String HOOFDBESTAND = "verordening.yaml";
    public static final String WETTEN = "wetten.yaml";
    public static final String PARAMETERS = "parameters.yaml";

    static final Set<String> METADATA = Set.of("gemeente", "cbs-code", "titel", "citeertitel", "jaar", "vastgesteld",
            "inwerkingtreding", "intrekt", "aanhef", "ondertekening", "hoofdstukken");
    private static final Set<String> ONDERTEKENAAR = Set.of("functie", "naam");
    private static final Set<String> WET = Set.of("code", "naam", "bwb");
    private static final Set<String> PARAMETER = Set.of("id", "omschrijving", "eenheid", "artikel", "waarden");
    private static final Set<String> WAARDE = Set.of("vanaf", "waarde");
    private static final Pattern CBS = Pattern.compile("gm[0-9]{4}");
    private static final Pattern BWB = Pattern.compile("BWB[RV][0-9]{7}");
    private static final Pattern GETAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    public Verordening load(Path dir) throws LoadException {
        Diagnostics diag = new Diagnostics();
        if (!Files.isDirectory(dir)) {
            diag.error("map-ontbreekt", new SourcePosition(dir.toString(), 0, 0), "bronmap '" + dir + "' bestaat niet");
            throw new LoadException(diag.all());
        }
        SourceFile wettenBestand = SourceFile.read(dir, WETTEN, null, diag);
        List<Wet> wetten = wettenBestand == null ? List.of() : wetten(wettenBestand, diag);
        Set<String> codes = new LinkedHashSet<>();
        wetten.forEach(w -> codes.add(w.code()));
        WetTags wetTags = new WetTags(codes, diag);
        BlokReader blokken = new BlokReader(diag, wetTags);
        HoofdstukReader hoofdstukReader = new HoofdstukReader(diag, blokken, wetTags, dir);

        List<Parameter> parameters = List.of();
        if (Files.exists(dir.resolve(PARAMETERS))) {
            SourceFile pf = SourceFile.read(dir, PARAMETERS, null, diag);
            if (pf != null) parameters = parameters(pf, diag);
        }

        List<Beslistabel> beslistabellen = new BeslistabelReader(diag,
                parameters.stream().map(Parameter::id).collect(Collectors.toSet())).lees(dir);

        SourceFile hoofd = SourceFile.read(dir, HOOFDBESTAND, null, diag);
        Metadata metadata = null;
        List<Hoofdstuk> hoofdstukken = new ArrayList<>();
        if (hoofd != null) {
            Fields v = Fields.of(hoofd.root, "verordening.yaml", diag, METADATA);
            if (v != null) {
                metadata = metadata(hoofd, v, blokken, diag);
                for (Node n : v.requiredList("hoofdstukken")) {
                    if (!(n instanceof Node.Scalar s) || s.text() == null) {
                        diag.error("soort-onjuist", n.pos(), "elk item van 'hoofdstukken' is een bestandsnaam, zoals hoofdstukken/03-de-hulpvraag.yaml");
                        continue;
                    }
                    String naam = s.text().strip();
                    Path pad = dir.resolve(naam).normalize();
                    if (!pad.startsWith(dir.normalize()) || naam.startsWith("/")) {
                        diag.error("bestand-buiten-bron", s.pos(), "hoofdstukbestand '" + naam + "' ligt buiten de bronmap");
                        continue;
                    }
                    SourceFile hf = SourceFile.read(dir, naam, s.pos(), diag);
                    if (hf == null) continue;
                    Hoofdstuk h = hoofdstukReader.hoofdstuk(hf);
                    if (h != null) hoofdstukken.add(h);
                }
            }
        }
        if (diag.hasErrors() || metadata == null) throw new LoadException(diag.all());
        Verordening v = new Verordening(metadata, wetten, parameters, hoofdstukken, List.of(), List.of(), beslistabellen);
        new Validator(diag).validate(v);
        if (diag.hasErrors()) throw new LoadException(diag.all());
        return v;
    }

    private static Metadata metadata(SourceFile f, Fields v, BlokReader blokken, Diagnostics diag) {
        String gemeente = v.required("gemeente");
        String cbs = v.required("cbs-code");
        if (!cbs.isEmpty() && !CBS.matcher(cbs).matches()) {
            diag.error("cbs-code-ongeldig", v.node("cbs-code").get().pos(), "cbs-code '" + cbs + "' moet de vorm gm0000 hebben (bijv. gm1509)");
        }
        String jaarTekst = v.required("jaar");
        int jaar = 0;
        if (!jaarTekst.isEmpty()) {
            if (jaarTekst.matches("[0-9]{4}")) jaar = Integer.parseInt(jaarTekst);
            else diag.error("jaar-ongeldig", v.node("jaar").get().pos(), "'jaar' moet een jaartal zijn zoals 2026, niet '" + jaarTekst + "'");
        }
        List<Ondertekening.Ondertekenaar> ondertekenaars = new ArrayList<>();
        for (Node n : v.list("ondertekening")) {
            Fields o = Fields.of(n, "ondertekenaar", diag, ONDERTEKENAAR);
            if (o != null) ondertekenaars.add(new Ondertekening.Ondertekenaar(o.required("functie"), o.required("naam"), o.pos()));
        }
        SourcePosition ondPos = v.node("ondertekening").map(Node::pos).orElse(v.pos());
        return new Metadata(gemeente, cbs, v.required("titel"), v.required("citeertitel"), jaar,
                v.date("vastgesteld", true), v.date("inwerkingtreding", true), v.optional("intrekt").orElse(null),
                blokken.blokken(f, v.node("aanhef").orElse(null), "de aanhef"),
                new Ondertekening(ondertekenaars, ondPos), v.pos());
    }

    private static List<Wet> wetten(SourceFile f, Diagnostics diag) {
        Fields root = Fields.of(f.root, WETTEN, diag, Set.of("wetten"));
        if (root == null) return List.of();
        List<Wet> r = new ArrayList<>();
        for (Node n : root.requiredList("wetten")) {
            Fields w = Fields.of(n, "wet", diag, WET);
            if (w == null) continue;
            String code = w.required("code");
            String bwb = w.optional("bwb").orElse(null);
            if (bwb != null && !BWB.matcher(bwb).matches()) {
                diag.error("bwb-ongeldig", w.node("bwb").get().pos(), "bwb '" + bwb + "' moet de vorm BWBR0000000 hebben");
            }
            Optional<Wet> eerder = r.stream().filter(x -> x.code().equals(code)).findFirst();
            if (eerder.isPresent()) {
                diag.error("wet-dubbel", w.pos(), "wet '" + code + "' staat twee keer in het register (eerder op " + eerder.get().pos() + ")");
                continue;
            }
            r.add(new Wet(code, w.required("naam"), bwb, w.pos()));
        }
        return r;
    }

    private static List<Parameter> parameters(SourceFile f, Diagnostics diag) {
        Fields root = Fields.of(f.root, PARAMETERS, diag, Set.of("parameters"));
        if (root == null) return List.of();
        List<Parameter> r = new ArrayList<>();
        for (Node n : root.requiredList("parameters")) {
            Fields p = Fields.of(n, "parameter", diag, PARAMETER);
            if (p == null) continue;
            String id = p.required("id");
            if (!id.isEmpty() && !StabielId.geldig(id)) {
                diag.error("id-ongeldig", p.node("id").get().pos(), "parameter-id '" + id + "' mag alleen kleine letters, cijfers en '-' bevatten");
            }
            List<Parameter.Waarde> waarden = new ArrayList<>();
            for (Node wn : p.requiredList("waarden")) {
                Fields w = Fields.of(wn, "waarde van parameter " + id, diag, WAARDE);
                if (w == null) continue;
                String waarde = w.required("waarde");
                if (!waarde.isEmpty() && !GETAL.matcher(waarde).matches()) {
                    diag.error("waarde-ongeldig", w.node("waarde").get().pos(), "waarde '" + waarde + "' moet een getal zijn met een punt als decimaalteken, zoals 62.50");
                }
                var vanaf = w.date("vanaf", true);
                if (vanaf != null) waarden.add(new Parameter.Waarde(vanaf, waarde, w.pos()));
            }
            r.add(new Parameter(id, p.optional("omschrijving").orElse(""), p.optional("eenheid").orElse(""),
                    p.optional("artikel").orElse(null), waarden, p.pos()));
        }
        return r;
    }
}
