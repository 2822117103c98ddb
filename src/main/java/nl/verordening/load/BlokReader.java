package nl.verordening.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.verordening.model.Begrip;
import nl.verordening.model.Blok;
import nl.verordening.model.LijstSoort;
import nl.verordening.model.Onderdeel;
import nl.verordening.model.StabielId;
import nl.verordening.model.Tekst;
import nl.verordening.model.bron.Blokdefinitie;
import nl.verordening.model.bron.Bronformaat;

/**
 * Leest blokken: tekst (alinea's en '-'-opsommingen), {@code lid:}, {@code onderdelen:},
 * {@code opsomming:}, {@code wetten:} (een wettenregel midden in een artikel), {@code tabel:} en
 * {@code begrippen:} (begripsbepalingen); en begrippen zelf, ook die van een begrippenlijst.
 */
final class BlokReader {

    private static final Set<String> SOORTEN = Bronformaat.Blokken.BLOK.namen();
    private static final Set<String> ONDERDEEL = Bronformaat.Onderdeel.BLOK.namen();
    private static final Pattern LABEL = Pattern.compile("[a-z]{1,3}|[0-9]{1,3}°?");
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
            if (s.getal()) {
                diag.error(LaadFout.SOORT_ONJUIST, s.pos(), wat + " is het getal " + s.text() + ", geen tekst; is het echt de tekst '"
                        + s.text() + "'? zet die dan tussen aanhalingstekens");
            } else if (s.text() != null) {
                r.addAll(f.tekst.blokken(s));
            }
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
        if (m.entries().containsKey(Bronformaat.Blokken.LID.naam())) return lid(f, m);
        if (m.entries().size() == 1) {
            Node.Entry e = m.entries().values().iterator().next();
            String k = e.key();
            if (k.equals(Bronformaat.Blokken.ONDERDELEN.naam())) return onderdelen(f, e.value(), m);
            if (k.equals(Bronformaat.Blokken.OPSOMMING.naam())) return opsomming(f, e.value(), m);
            if (k.equals(Bronformaat.Blokken.WETTEN.naam())) return new Blok.Wettenregel(wetTags.tags(itemsVan(e.value())), m.pos());
            if (k.equals(Bronformaat.Blokken.TABEL.naam())) return tabel(f, e.value(), m, wat);
            if (k.equals(Bronformaat.Blokken.BEGRIPPEN.naam())) return begrippenlijst(f, e.value(), m);
        }
        Node.Entry eerste = m.entries().values().iterator().next();
        diag.error(LaadFout.BLOK_ONBEKEND, eerste.keyPos(), "onbekend blok '" + eerste.key() + "' in " + wat
                + DidYouMean.hint(eerste.key(), SOORTEN)
                + "; een blok is tekst, of één van: " + String.join(", ", SOORTEN));
        return null;
    }

    /** {@code tabel: {titel, kop, rijen}}; rijen met meer of minder cellen dan de kop mogen (bijlagen hebben ze). */
    private Blok.Tabel tabel(SourceFile f, Node node, Node.Mapping houder, String wat) {
        Fields v = Fields.of(node, "tabel in " + wat, diag, Bronformaat.Tabel.BLOK);
        if (v == null) return null;
        Tekst titel = v.scalarNode(Bronformaat.Tabel.TITEL).filter(s -> s.text() != null).map(f.tekst::tekst).orElse(Tekst.LEEG);
        Blok.Tabel.Rij kop = v.node(Bronformaat.Tabel.KOP).map(n -> rij(f, n, "de kop")).orElse(null);
        List<Blok.Tabel.Rij> rijen = new ArrayList<>();
        List<Node> items = v.requiredList(Bronformaat.Tabel.RIJEN);
        for (int i = 0; i < items.size(); i++) {
            Blok.Tabel.Rij r = rij(f, items.get(i), "rij " + (i + 1));
            if (r != null) rijen.add(r);
        }
        return new Blok.Tabel(titel, kop, rijen, houder.pos());
    }

    private Blok.Tabel.Rij rij(SourceFile f, Node node, String wat) {
        if (!(node instanceof Node.Sequence seq)) {
            diag.error(LaadFout.SOORT_ONJUIST, node.pos(), wat + " van de tabel moet een lijst cellen zijn, zoals [Alarmering, '€ 20'], maar is "
                    + node.soort());
            return null;
        }
        List<Tekst> cellen = new ArrayList<>();
        for (Node c : seq.items()) {
            if (c instanceof Node.Scalar s) {
                cellen.add(s.text() == null ? Tekst.LEEG : f.tekst.tekst(s));
            } else {
                diag.error(LaadFout.SOORT_ONJUIST, c.pos(), "een cel in " + wat + " van de tabel moet tekst zijn, maar is " + c.soort());
            }
        }
        return new Blok.Tabel.Rij(cellen, seq.pos());
    }

    /**
     * Begripsbepalingen: {@code begrippen:} met items als {@code - label: a, term, definitie}. Letters
     * of cijfers als alle begrippen een label hebben, een opsomming als geen enkel begrip er een heeft.
     */
    private Blok.Begrippenlijst begrippenlijst(SourceFile f, Node node, Node.Mapping houder) {
        if (!(node instanceof Node.Sequence seq)) {
            diag.error(LaadFout.SOORT_ONJUIST, node.pos(), "'begrippen' moet een opsomming zijn van begrippen als '- label: a' met 'term:' en 'definitie:'");
            return null;
        }
        List<Begrip> begrippen = new ArrayList<>();
        for (Node item : seq.items()) {
            Begrip b = begrip(f, item, Bronformaat.Begrip.BEPALING);
            if (b != null) begrippen.add(b);
        }
        boolean metLabel = begrippen.stream().anyMatch(b -> b.label() != null);
        if (metLabel) {
            for (Begrip b : begrippen) {
                if (b.label() == null) {
                    diag.error(LaadFout.LABEL_ONTBREEKT, b.pos(), "begrip '" + b.term() + "' mist 'label:'; in deze begripsbepalingen hebben"
                            + " de andere begrippen wel een letter of nummer");
                }
            }
        }
        LijstSoort soort = metLabel
                ? soort(begrippen.stream().filter(b -> b.label() != null).map(Begrip::label).toList())
                : LijstSoort.OPSOMMING;
        return new Blok.Begrippenlijst(soort, begrippen, houder.pos());
    }

    /** Een begrip, uit een begrippenlijst ({@link Bronformaat.Begrip#BLOK}) of begripsbepalingen (met label). */
    Begrip begrip(SourceFile f, Node n, Blokdefinitie blok) {
        Fields v = Fields.of(n, "begrip", diag, blok);
        if (v == null) return null;
        String term = v.required(Bronformaat.Begrip.TERM);
        v.noem("begrip '" + term + "'");
        String id = v.optional(Bronformaat.Begrip.ID).orElse("begrip-" + StabielId.slug(term));
        if (v.has(Bronformaat.Begrip.ID)) controleerId(id, v, "begrip " + term);
        aanvaard.lees(v, id);
        String label = null;
        if (v.has(Bronformaat.Begrip.LABEL)) {
            label = v.optional(Bronformaat.Begrip.LABEL).orElse(null);
            if (label != null && !LABEL.matcher(label).matches()) {
                diag.error(LaadFout.NUMMER_ONGELDIG, v.node(Bronformaat.Begrip.LABEL).get().pos(), "label '" + label
                        + "' van begrip '" + term + "' moet een letter of nummer zijn, zoals a, aa of 1");
            }
        }
        List<String> afk = v.scalars(Bronformaat.Begrip.AFKORTINGEN).stream().map(s -> s.text().strip()).toList();
        List<String> var = v.scalars(Bronformaat.Begrip.VARIANTEN).stream().map(s -> s.text().strip()).toList();
        List<Blok> def = blokken(f, v.node(Bronformaat.Begrip.DEFINITIE).orElse(null), "de definitie van " + term);
        if (!v.has(Bronformaat.Begrip.DEFINITIE)) {
            diag.error(LaadFout.VELD_ONTBREEKT, v.pos(), "begrip '" + term + "' mist het verplichte veld 'definitie'");
        }
        return new Begrip(id, term, afk, var, def, label, v.pos());
    }

    void controleerId(String id, Fields v, String wat) {
        if (!StabielId.geldig(id)) {
            diag.error(LaadFout.ID_ONGELDIG, v.node("id").get().pos(), "id '" + id + "' van " + wat
                    + " mag alleen kleine letters, cijfers en '-' bevatten, zoals '" + StabielId.slug(id) + "'");
        }
    }

    private Blok.Lid lid(SourceFile f, Node.Mapping m) {
        Fields v = Fields.of(m, "lid", diag, Bronformaat.Lid.BLOK);
        String nummer = v.required(Bronformaat.Lid.LID);
        if (!nummer.isEmpty() && !LIDNUMMER.matcher(nummer).matches()) {
            diag.error(LaadFout.NUMMER_ONGELDIG, v.keyPos(Bronformaat.Lid.LID), "lidnummer '" + nummer + "' moet een getal zijn, zoals 1 of 2a");
        }
        aanvaard.lid(v, nummer);
        return new Blok.Lid(nummer, inhoudMetVorm(f, v, "lid " + nummer), m.pos());
    }

    /** tekst, dan onderdelen of opsomming, dan inhoud: de vaste volgorde van de verkorte vorm. */
    private List<Blok> inhoudMetVorm(SourceFile f, Fields v, String wat) {
        List<Blok> inhoud = new ArrayList<>();
        v.node(Bronformaat.Lid.TEKST).ifPresent(n -> inhoud.addAll(blokken(f, n, wat)));
        lijstEnInhoud(f, v, wat, inhoud);
        return inhoud;
    }

    private void lijstEnInhoud(SourceFile f, Fields v, String wat, List<Blok> inhoud) {
        // Lid, onderdeel en opsommingsitem delen deze sleutels.
        v.node(Bronformaat.Onderdeel.ONDERDELEN).ifPresent(n -> addIfNotNull(inhoud, onderdelen(f, n, null)));
        v.node(Bronformaat.Onderdeel.OPSOMMING).ifPresent(n -> addIfNotNull(inhoud, opsomming(f, n, null)));
        v.node(Bronformaat.Onderdeel.INHOUD).ifPresent(n -> inhoud.addAll(blokken(f, n, wat)));
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
        return new Blok.Lijst(soort(items.stream().map(Onderdeel::label).toList()), items, houder != null ? houder.pos() : node.pos());
    }

    private static LijstSoort soort(List<String> labels) {
        if (labels.isEmpty()) return LijstSoort.LETTERS;
        if (labels.stream().allMatch(l -> l.chars().allMatch(Character::isDigit))) return LijstSoort.CIJFERS;
        if (labels.stream().allMatch(l -> l.matches("[0-9]+°"))) return LijstSoort.GRAAD;
        boolean romeins = labels.get(0).equals("i") && labels.stream().allMatch(l -> ROMEINS.matcher(l).matches());
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
                Fields v = Fields.of(item, "opsommingsitem", diag, Bronformaat.Opsommingsitem.BLOK);
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
