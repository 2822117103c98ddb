package nl.verordening.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.verordening.model.Blok;
import nl.verordening.model.LijstSoort;
import nl.verordening.model.Onderdeel;

/**
 * Leest blokken: tekst (alinea's en '-'-opsommingen), {@code lid:}, {@code onderdelen:},
 * {@code opsomming:} en {@code wetten:} (een wettenregel midden in een artikel).
 */
final class BlokReader {

    private static final Set<String> LID = Set.of("lid", "tekst", "onderdelen", "opsomming", "inhoud", AanvaardReader.SLEUTEL);
    private static final Set<String> ITEM = Set.of("tekst", "onderdelen", "opsomming", "inhoud");
    /** Naast de letter ("a: tekst") mag een onderdeel deze sleutels hebben; de tekst staat al bij de letter. */
    private static final Set<String> ONDERDEEL = Set.of("onderdelen", "opsomming", "inhoud");
    private static final Set<String> SOORTEN = Set.of("lid", "onderdelen", "opsomming", "wetten");
    private static final Pattern LABEL = Pattern.compile("[a-z]{1,3}|[0-9]{1,3}");
    private static final Pattern ROMEINS = Pattern.compile("(x{0,3})(ix|iv|v?i{0,3})");
    private static final Pattern LIDNUMMER = Pattern.compile("[0-9]{1,3}[a-z]?");

    private final Diagnostics diag;
    private final WetTags wetTags;
    private final AanvaardReader aanvaard;

    BlokReader(Diagnostics diag, WetTags wetTags, AanvaardReader aanvaard) {
        this.diag = diag;
        this.wetTags = wetTags;
        this.aanvaard = aanvaard;
    }

    /** Een tekst of een lijst van blokken. */
    List<Blok> blokken(SourceFile f, Node node, String wat) {
        List<Blok> r = new ArrayList<>();
        if (node == null) return r;
        if (node instanceof Node.Scalar s) {
            if (s.text() != null) r.addAll(f.tekst.blokken(s));
            return r;
        }
        if (!(node instanceof Node.Sequence seq)) {
            diag.error(LaadFout.SOORT_ONJUIST, node.pos(), wat + " moet tekst of een opsomming van blokken zijn, maar is " + node.soort());
            return r;
        }
        for (Node item : seq.items()) {
            if (item instanceof Node.Scalar s) {
                if (s.text() != null) r.addAll(f.tekst.blokken(s));
            } else if (item instanceof Node.Mapping m) {
                Blok b = blok(f, m, wat);
                if (b != null) r.add(b);
            } else {
                diag.error(LaadFout.SOORT_ONJUIST, item.pos(), "een blok in " + wat + " moet tekst of een blok met sleutels zijn, niet " + item.soort());
            }
        }
        return r;
    }

    private Blok blok(SourceFile f, Node.Mapping m, String wat) {
        if (m.entries().containsKey("lid")) return lid(f, m);
        if (m.entries().size() == 1) {
            Node.Entry e = m.entries().values().iterator().next();
            switch (e.key()) {
                case "onderdelen": return onderdelen(f, e.value(), m);
                case "opsomming": return opsomming(f, e.value(), m);
                case "wetten": return new Blok.Wettenregel(wetTags.tags(itemsVan(e.value())), m.pos());
                default:
                    break;
            }
        }
        Node.Entry eerste = m.entries().values().iterator().next();
        diag.error(LaadFout.BLOK_ONBEKEND, eerste.keyPos(), "onbekend blok '" + eerste.key() + "' in " + wat
                + DidYouMean.hint(eerste.key(), SOORTEN)
                + "; een blok is tekst, of één van: lid, onderdelen, opsomming, wetten");
        return null;
    }

    private Blok.Lid lid(SourceFile f, Node.Mapping m) {
        Fields v = Fields.of(m, "lid", diag, LID);
        String nummer = v.required("lid");
        if (!nummer.isEmpty() && !LIDNUMMER.matcher(nummer).matches()) {
            diag.error(LaadFout.NUMMER_ONGELDIG, v.keyPos("lid"), "lidnummer '" + nummer + "' moet een getal zijn, zoals 1 of 2a");
        }
        aanvaard.lid(v, nummer);
        return new Blok.Lid(nummer, inhoudMetVorm(f, v, "lid " + nummer), m.pos());
    }

    /** tekst, dan onderdelen of opsomming, dan inhoud: de vaste volgorde van de verkorte vorm. */
    private List<Blok> inhoudMetVorm(SourceFile f, Fields v, String wat) {
        List<Blok> inhoud = new ArrayList<>();
        v.node("tekst").ifPresent(n -> inhoud.addAll(blokken(f, n, wat)));
        lijstEnInhoud(f, v, wat, inhoud);
        return inhoud;
    }

    private void lijstEnInhoud(SourceFile f, Fields v, String wat, List<Blok> inhoud) {
        v.node("onderdelen").ifPresent(n -> addIfNotNull(inhoud, onderdelen(f, n, null)));
        v.node("opsomming").ifPresent(n -> addIfNotNull(inhoud, opsomming(f, n, null)));
        v.node("inhoud").ifPresent(n -> inhoud.addAll(blokken(f, n, wat)));
    }

    private static void addIfNotNull(List<Blok> l, Blok b) {
        if (b != null) l.add(b);
    }

    private Blok.Lijst onderdelen(SourceFile f, Node node, Node.Mapping houder) {
        if (!(node instanceof Node.Sequence seq)) {
            diag.error(LaadFout.SOORT_ONJUIST, node.pos(), "'onderdelen' moet een opsomming zijn van items als '- a: tekst'");
            return null;
        }
        List<Onderdeel> items = new ArrayList<>();
        for (Node item : seq.items()) {
            if (!(item instanceof Node.Mapping m) || m.entries().isEmpty()) {
                diag.error(LaadFout.SOORT_ONJUIST, item.pos(), "een onderdeel schrijft u als '- a: tekst' (letter of nummer, dubbele punt, tekst)");
                continue;
            }
            Node.Entry label = m.entries().values().stream().filter(e -> !ONDERDEEL.contains(e.key())).findFirst().orElse(null);
            if (label == null) {
                diag.error(LaadFout.VELD_ONTBREEKT, m.pos(), "onderdeel zonder letter of nummer; schrijf '- a: tekst'");
                continue;
            }
            if (!LABEL.matcher(label.key()).matches()) {
                diag.error(LaadFout.NUMMER_ONGELDIG, label.keyPos(), "'" + label.key() + "' is geen letter of nummer van een onderdeel"
                        + DidYouMean.hint(label.key(), ONDERDEEL));
                continue;
            }
            String wat = "onderdeel " + label.key();
            Set<String> toegestaan = new HashSet<>(ONDERDEEL);
            toegestaan.add(label.key());
            Fields v = Fields.of(m, wat, diag, toegestaan);
            List<Blok> inhoud = new ArrayList<>(blokken(f, label.value(), wat));
            lijstEnInhoud(f, v, wat, inhoud);
            items.add(new Onderdeel(label.key(), inhoud, label.keyPos()));
        }
        return new Blok.Lijst(soort(items), items, houder != null ? houder.pos() : node.pos());
    }

    private static LijstSoort soort(List<Onderdeel> items) {
        if (items.isEmpty()) return LijstSoort.LETTERS;
        if (items.stream().allMatch(o -> o.label().chars().allMatch(Character::isDigit))) return LijstSoort.CIJFERS;
        boolean romeins = items.get(0).label().equals("i")
                && items.stream().allMatch(o -> ROMEINS.matcher(o.label()).matches());
        return romeins ? LijstSoort.ROMEINS : LijstSoort.LETTERS;
    }

    private Blok.Lijst opsomming(SourceFile f, Node node, Node.Mapping houder) {
        if (!(node instanceof Node.Sequence seq)) {
            diag.error(LaadFout.SOORT_ONJUIST, node.pos(), "'opsomming' moet een opsomming zijn van items die met '- ' beginnen");
            return null;
        }
        List<Onderdeel> items = new ArrayList<>();
        for (Node item : seq.items()) {
            if (item instanceof Node.Scalar s) {
                items.add(new Onderdeel(null, s.text() == null ? List.of() : f.tekst.blokken(s), item.pos()));
            } else {
                Fields v = Fields.of(item, "opsommingsitem", diag, ITEM);
                if (v != null) items.add(new Onderdeel(null, inhoudMetVorm(f, v, "opsommingsitem"), item.pos()));
            }
        }
        return new Blok.Lijst(LijstSoort.OPSOMMING, items, houder != null ? houder.pos() : node.pos());
    }

    static List<Node.Scalar> itemsVan(Node n) {
        List<Node.Scalar> r = new ArrayList<>();
        if (n instanceof Node.Scalar s && s.text() != null) r.add(s);
        else if (n instanceof Node.Sequence seq) {
            for (Node i : seq.items()) if (i instanceof Node.Scalar s && s.text() != null) r.add(s);
        }
        return r;
    }
}
