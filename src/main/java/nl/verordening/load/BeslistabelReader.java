package nl.verordening.load;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.verordening.model.SourcePosition;
import nl.verordening.model.StabielId;
import nl.verordening.model.beslis.Aggregatie;
import nl.verordening.model.beslis.Beslistabel;
import nl.verordening.model.beslis.Grondslag;
import nl.verordening.model.beslis.HitPolicy;
import nl.verordening.model.beslis.Invoer;
import nl.verordening.model.beslis.Regel;
import nl.verordening.model.beslis.Soort;
import nl.verordening.model.beslis.Toets;
import nl.verordening.model.beslis.Uitvoer;
import nl.verordening.model.beslis.Voorbeeld;
import nl.verordening.model.beslis.Waarde;

/**
 * Leest {@code beslistabellen/*.yaml} (op bestandsnaam gesorteerd, dus deterministisch). Elke fout
 * (onbekend veld, slechte FEEL, onbekende invoer, verkeerde soort) komt met bestand:regel:kolom;
 * het lezen gaat door, zodat alle fouten in één keer gemeld worden. Formaat: docs/beslistabellen.md.
 */
final class BeslistabelReader {

    static final String MAP = "beslistabellen";

    static final Set<String> TABEL = Set.of("id", "titel", "grondslag", "hitpolicy", "aggregatie", "invoer", "uitvoer",
            "regels", "voorbeelden");
    static final Set<String> INVOER = Set.of("naam", "label", "type", "eenheid", "waarden", "geheel", "minimum", "maximum");
    static final Set<String> UITVOER = Set.of("naam", "label", "type", "eenheid", "waarden");
    static final Set<String> REGEL = Set.of("als", "dan", "uitleg", "grondslag", "twijfel");
    static final Set<String> VOORBEELD = Set.of("naam", "invoer", "uitkomst");
    private static final Pattern GRONDSLAG = Pattern.compile("([a-z0-9-]+)(?:#lid-([0-9a-z]+))?");
    private static final Pattern GETAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private final Diagnostics diag;
    private final FeelToetsen feel;

    BeslistabelReader(Diagnostics diag, Set<String> parameters) {
        this.diag = diag;
        this.feel = new FeelToetsen(parameters);
    }

    List<Beslistabel> lees(Path dir) {
        Path map = dir.resolve(MAP);
        if (!Files.isDirectory(map)) return List.of();
        List<String> namen;
        try (Stream<Path> s = Files.list(map)) {
            namen = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            diag.error(LaadFout.BESTAND_ONLEESBAAR, new SourcePosition(MAP, 0, 0), "kan map '" + MAP + "' niet lezen: " + e.getMessage());
            return List.of();
        }
        List<Beslistabel> r = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (String naam : namen) {
            SourceFile f = SourceFile.read(dir, MAP + "/" + naam, null, diag);
            if (f == null) continue;
            Beslistabel t = tabel(f);
            if (t == null) continue;
            if (!ids.add(t.id())) diag.error(LaadFout.ID_DUBBEL, t.pos(), "beslistabel '" + t.id() + "' bestaat al");
            r.add(t);
        }
        return r;
    }

    private Beslistabel tabel(SourceFile f) {
        Fields t = Fields.of(f.root, "beslistabel", diag, TABEL);
        if (t == null) return null;
        String id = t.required("id");
        if (!id.isEmpty() && !StabielId.geldig(id)) {
            diag.error(LaadFout.ID_ONGELDIG, t.node("id").get().pos(), "tabel-id '" + id + "' mag alleen kleine letters, cijfers en '-' bevatten");
        }
        t.noem("beslistabel " + id);
        ScalarLocator plek = new ScalarLocator(f.text, f.name);

        List<Grondslag> grondslag = new ArrayList<>();
        for (Node n : t.requiredList("grondslag")) {
            Grondslag g = grondslag(n);
            if (g != null) grondslag.add(g);
        }
        String hp = t.optional("hitpolicy").orElse("UNIQUE");
        HitPolicy hitPolicy = HitPolicy.vanTekst(hp);
        if (hitPolicy == null) {
            diag.error(LaadFout.BESLISTABEL_ONGELDIG, t.node("hitpolicy").get().pos(), "onbekende hitpolicy '" + hp
                    + "' (toegestaan: UNIQUE, ANY, FIRST, PRIORITY, COLLECT, RULE ORDER)");
            hitPolicy = HitPolicy.UNIQUE;
        }
        Aggregatie aggregatie = Aggregatie.GEEN;
        Optional<String> ag = t.optional("aggregatie");
        if (ag.isPresent()) {
            try {
                aggregatie = Aggregatie.valueOf(ag.get());
            } catch (IllegalArgumentException e) {
                diag.error(LaadFout.BESLISTABEL_ONGELDIG, t.node("aggregatie").get().pos(), "onbekende aggregatie '" + ag.get() + "' (toegestaan: SUM, MIN, MAX, COUNT)");
            }
            if (hitPolicy != HitPolicy.COLLECT) {
                diag.error(LaadFout.BESLISTABEL_ONGELDIG, t.node("aggregatie").get().pos(), "'aggregatie' kan alleen bij hitpolicy COLLECT");
            }
        }

        List<Invoer> invoer = new ArrayList<>();
        for (Node n : t.requiredList("invoer")) {
            Invoer i = invoer(n, id);
            if (i == null) continue;
            if (invoer.stream().anyMatch(x -> x.naam().equals(i.naam()))) {
                diag.error(LaadFout.BESLISTABEL_ONGELDIG, i.pos(), "invoer '" + i.naam() + "' staat twee keer in beslistabel " + id);
            } else invoer.add(i);
        }
        List<Uitvoer> uitvoer = new ArrayList<>();
        for (Node n : t.requiredList("uitvoer")) {
            Uitvoer u = uitvoer(n, id);
            if (u == null) continue;
            if (uitvoer.stream().anyMatch(x -> x.naam().equals(u.naam()))) {
                diag.error(LaadFout.BESLISTABEL_ONGELDIG, u.pos(), "uitvoer '" + u.naam() + "' staat twee keer in beslistabel " + id);
            } else uitvoer.add(u);
        }
        if (aggregatie != Aggregatie.GEEN && aggregatie != Aggregatie.COUNT && uitvoer.stream().anyMatch(u -> u.soort() != Soort.GETAL)) {
            diag.error(LaadFout.BESLISTABEL_ONGELDIG, t.node("aggregatie").get().pos(), "aggregatie " + aggregatie + " kan alleen met uitvoer van soort getal");
        }

        List<Regel> regels = new ArrayList<>();
        for (Node n : t.requiredList("regels")) {
            Regel r = regel(n, regels.size() + 1, id, invoer, uitvoer, plek);
            if (r != null) regels.add(r);
        }
        List<Voorbeeld> voorbeelden = new ArrayList<>();
        for (Node n : t.list("voorbeelden")) {
            Voorbeeld v = voorbeeld(n, id, invoer, uitvoer, plek);
            if (v != null) voorbeelden.add(v);
        }
        return new Beslistabel(id, t.required("titel"), grondslag, invoer, uitvoer, hitPolicy, aggregatie, regels, voorbeelden, t.pos());
    }

    /** {@code artikel-id} of {@code artikel-id#lid-2}. */
    private Grondslag grondslag(Node n) {
        if (!(n instanceof Node.Scalar s) || s.text() == null) {
            diag.error(LaadFout.SOORT_ONJUIST, n.pos(), "een grondslag is een artikel-id, eventueel met lid: vergoeding-van-kosten#lid-2");
            return null;
        }
        Matcher m = GRONDSLAG.matcher(s.text().strip());
        if (!m.matches()) {
            diag.error(LaadFout.BESLISTABEL_ONGELDIG, s.pos(), "grondslag '" + s.text() + "' heeft niet de vorm artikel-id of artikel-id#lid-2");
            return null;
        }
        return new Grondslag(m.group(1), m.group(2), s.pos());
    }

    private Invoer invoer(Node n, String tabel) {
        Fields f = Fields.of(n, "invoer van beslistabel " + tabel, diag, INVOER);
        if (f == null) return null;
        String naam = f.required("naam");
        f.noem("invoer '" + naam + "'");
        naamGeldig(naam, f);
        Soort soort = soort(f);
        List<String> waarden = waarden(f);
        if (soort == Soort.KEUZE && waarden.isEmpty()) diag.error(LaadFout.BESLISTABEL_ONGELDIG, f.pos(), "invoer '" + naam + "' is een keuze en mist 'waarden'");
        boolean geheel = f.optional("geheel").map(x -> {
            if (!x.equals("true") && !x.equals("false")) diag.error(LaadFout.SOORT_ONJUIST, f.node("geheel").get().pos(), "'geheel' is true of false");
            return x.equals("true");
        }).orElse(false);
        return new Invoer(naam, f.optional("label").orElse(naam), soort, f.optional("eenheid").orElse(""), waarden, geheel,
                getal(f, "minimum"), getal(f, "maximum"), f.pos());
    }

    private Uitvoer uitvoer(Node n, String tabel) {
        Fields f = Fields.of(n, "uitvoer van beslistabel " + tabel, diag, UITVOER);
        if (f == null) return null;
        String naam = f.required("naam");
        f.noem("uitvoer '" + naam + "'");
        naamGeldig(naam, f);
        return new Uitvoer(naam, f.optional("label").orElse(naam), soort(f), f.optional("eenheid").orElse(""), waarden(f), f.pos());
    }

    /** Namen worden FEEL-variabelen: letters, cijfers en '_'. */
    private void naamGeldig(String naam, Fields f) {
        if (!naam.isEmpty() && !naam.matches("[a-z][a-z0-9_]*")) {
            diag.error(LaadFout.BESLISTABEL_ONGELDIG, f.node("naam").get().pos(), "naam '" + naam
                    + "' mag alleen kleine letters, cijfers en '_' bevatten en begint met een letter (het is een FEEL-variabele)");
        }
    }

    private Soort soort(Fields f) {
        String s = f.required("type");
        if (s.isEmpty()) return Soort.GETAL;
        Soort soort = Soort.vanTekst(s);
        if (soort == null) {
            diag.error(LaadFout.BESLISTABEL_ONGELDIG, f.node("type").get().pos(), "onbekend type '" + s + "' in " + f.wat()
                    + DidYouMean.hint(s, Set.of("getal", "keuze", "waarheid", "datum")) + " (toegestaan: datum, getal, keuze, waarheid)");
            return Soort.GETAL;
        }
        return soort;
    }

    private List<String> waarden(Fields f) {
        List<String> r = new ArrayList<>();
        for (Node.Scalar s : f.scalars("waarden")) {
            String w = s.text().strip();
            if (r.contains(w)) diag.error(LaadFout.BESLISTABEL_ONGELDIG, s.pos(), "waarde '" + w + "' staat twee keer in " + f.wat());
            else r.add(w);
        }
        return r;
    }

    private BigDecimal getal(Fields f, String key) {
        Optional<String> s = f.optional(key);
        if (s.isEmpty()) return null;
        if (!GETAL.matcher(s.get()).matches()) {
            diag.error(LaadFout.BESLISTABEL_ONGELDIG, f.node(key).get().pos(), "'" + key + "' moet een getal zijn, niet '" + s.get() + "'");
            return null;
        }
        return new BigDecimal(s.get());
    }

    private Regel regel(Node n, int nummer, String tabel, List<Invoer> invoer, List<Uitvoer> uitvoer, ScalarLocator plek) {
        Fields f = Fields.of(n, "regel " + nummer + " van beslistabel " + tabel, diag, REGEL);
        if (f == null) return null;
        Map<String, Node.Scalar> als = cellen(f, "als", invoer.stream().map(Invoer::naam).toList(), "invoer", tabel);
        List<Toets> toetsen = new ArrayList<>();
        for (Invoer i : invoer) {
            Node.Scalar s = als.get(i.naam());
            if (s == null) {
                toetsen.add(new Toets("-", false, List.of(), f.pos()));
                continue;
            }
            try {
                toetsen.add(feel.toets(s.text(), i, s.pos()));
            } catch (FeelToetsen.Fout e) {
                diag.error(LaadFout.FEEL_ONGELDIG, plek.locate(s, e.index), "regel " + nummer + ", invoer '" + i.naam() + "': " + e.getMessage());
                toetsen.add(new Toets(s.text(), false, List.of(), s.pos()));
            }
        }
        Map<String, Node.Scalar> dan = cellen(f, "dan", uitvoer.stream().map(Uitvoer::naam).toList(), "uitvoer", tabel);
        List<Waarde> uitkomsten = new ArrayList<>();
        for (Uitvoer u : uitvoer) {
            Node.Scalar s = dan.get(u.naam());
            if (s == null) {
                diag.error(LaadFout.VELD_ONTBREEKT, f.keyPos("dan"), "regel " + nummer + " mist de uitkomst '" + u.naam() + "'");
                uitkomsten.add(new Waarde.Tekst(""));
                continue;
            }
            uitkomsten.add(uitkomst(s, u, "regel " + nummer, plek));
        }
        Grondslag g = f.node("grondslag").map(this::grondslag).orElse(null);
        return new Regel(nummer, toetsen, uitkomsten, f.optional("uitleg").orElse(""), g, f.optional("twijfel").orElse(null), f.pos());
    }

    private Waarde uitkomst(Node.Scalar s, Uitvoer u, String waar, ScalarLocator plek) {
        try {
            String t = s.text().strip();
            return feel.waarde(t, s.text().indexOf(t), u.soort(), u.waarden(), "uitvoer '" + u.naam() + "'", true);
        } catch (FeelToetsen.Fout e) {
            diag.error(LaadFout.FEEL_ONGELDIG, plek.locate(s, e.index), waar + ", uitvoer '" + u.naam() + "': " + e.getMessage());
            return new Waarde.Tekst("");
        }
    }

    /** De cellen onder {@code als}/{@code dan}/{@code invoer}/{@code uitkomst}; onbekende namen zijn een fout. */
    private Map<String, Node.Scalar> cellen(Fields f, String key, List<String> namen, String soort, String tabel) {
        Map<String, Node.Scalar> r = new LinkedHashMap<>();
        Optional<Node> n = f.node(key);
        if (n.isEmpty()) {
            if (!key.equals("als")) diag.error(LaadFout.VELD_ONTBREEKT, f.pos(), f.wat() + " mist het verplichte veld '" + key + "'");
            return r;
        }
        if (!(n.get() instanceof Node.Mapping m)) {
            diag.error(LaadFout.SOORT_ONJUIST, n.get().pos(), "'" + key + "' in " + f.wat() + " moet een blok met sleutels zijn (naam: waarde)");
            return r;
        }
        for (Node.Entry e : m.entries().values()) {
            if (!namen.contains(e.key())) {
                diag.error(LaadFout.NAAM_ONBEKEND, e.keyPos(), "onbekende " + soort + " '" + e.key() + "' in " + f.wat()
                        + DidYouMean.hint(e.key(), namen) + " (" + soort + " van " + tabel + ": " + String.join(", ", namen) + ")");
            } else if (!(e.value() instanceof Node.Scalar s) || s.text() == null) {
                diag.error(LaadFout.SOORT_ONJUIST, e.value().pos(), "'" + e.key() + "' in " + f.wat() + " moet één waarde zijn");
            } else {
                r.put(e.key(), s);
            }
        }
        return r;
    }

    private Voorbeeld voorbeeld(Node n, String tabel, List<Invoer> invoer, List<Uitvoer> uitvoer, ScalarLocator plek) {
        Fields f = Fields.of(n, "voorbeeld van beslistabel " + tabel, diag, VOORBEELD);
        if (f == null) return null;
        String naam = f.required("naam");
        f.noem("voorbeeld '" + naam + "'");
        Map<String, Node.Scalar> in = cellen(f, "invoer", invoer.stream().map(Invoer::naam).toList(), "invoer", tabel);
        Map<String, Waarde> waarden = new LinkedHashMap<>();
        for (Invoer i : invoer) {
            Node.Scalar s = in.get(i.naam());
            if (s == null) {
                diag.error(LaadFout.VELD_ONTBREEKT, f.keyPos("invoer"), "voorbeeld '" + naam + "' mist invoer '" + i.naam() + "'");
                continue;
            }
            try {
                String t = s.text().strip();
                waarden.put(i.naam(), feel.waarde(t, s.text().indexOf(t), i.soort(), i.waarden(), "invoer '" + i.naam() + "'", true));
            } catch (FeelToetsen.Fout e) {
                diag.error(LaadFout.FEEL_ONGELDIG, plek.locate(s, e.index), "voorbeeld '" + naam + "': " + e.getMessage());
            }
        }
        Map<String, Node.Scalar> uit = cellen(f, "uitkomst", uitvoer.stream().map(Uitvoer::naam).toList(), "uitvoer", tabel);
        Map<String, Waarde> verwacht = new LinkedHashMap<>();
        for (Uitvoer u : uitvoer) {
            Node.Scalar s = uit.get(u.naam());
            if (s != null) verwacht.put(u.naam(), uitkomst(s, u, "voorbeeld '" + naam + "'", plek));
        }
        return new Voorbeeld(naam, waarden, verwacht, f.pos());
    }
}
