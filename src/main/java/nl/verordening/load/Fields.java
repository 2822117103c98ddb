package nl.verordening.load;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.verordening.model.SourcePosition;
import nl.verordening.model.bron.Blokdefinitie;
import nl.verordening.model.bron.Sleutel;

/**
 * Leest de velden van één YAML-blok: meldt onbekende velden (met "bedoelde u"), ontbrekende
 * verplichte velden en verkeerde soorten waarden. Geeft nooit een exceptie; bij een fout komt er
 * een lege waarde terug en gaat het laden door, zodat alle fouten in één keer gemeld worden.
 */
final class Fields {

    /** Verplichte teksten die ook niet leeg mogen zijn ('' of ""); de cbs-code mag leeg (de importeur kent hem niet altijd). */
    private static final Set<String> NIET_LEEG = Set.of("titel", "citeertitel", "gemeente", "term", "naam", "functie");

    private final Node.Mapping map;
    private String wat;
    private final Diagnostics diag;

    private Fields(Node.Mapping map, String wat, Diagnostics diag) {
        this.map = map;
        this.wat = wat;
        this.diag = diag;
    }

    /** Null als {@code node} geen blok met sleutels is (dan is dat gemeld). */
    static Fields of(Node node, String wat, Diagnostics diag, Set<String> toegestaan) {
        if (!(node instanceof Node.Mapping m)) {
            diag.error(LaadFout.SOORT_ONJUIST, node.pos(), wat + " moet een blok met sleutels zijn, maar is " + node.soort());
            return null;
        }
        for (Node.Entry e : m.entries().values()) {
            if (!toegestaan.contains(e.key())) {
                diag.error(LaadFout.VELD_ONBEKEND, e.keyPos(), "onbekend veld '" + e.key() + "' in " + wat
                        + DidYouMean.hint(e.key(), toegestaan) + " (toegestaan: " + String.join(", ", new TreeSet<>(toegestaan)) + ")");
            }
        }
        return new Fields(m, wat, diag);
    }

    /** Met de sleutels van een blok uit het bronformaat. */
    static Fields of(Node node, String wat, Diagnostics diag, Blokdefinitie blok) {
        return of(node, wat, diag, blok.namen());
    }

    // Dezelfde bewerkingen op een sleutel uit het bronformaat.
    boolean has(Sleutel k) { return has(k.naam()); }
    Optional<Node> node(Sleutel k) { return node(k.naam()); }
    SourcePosition keyPos(Sleutel k) { return keyPos(k.naam()); }
    String required(Sleutel k) { return required(k.naam()); }
    String required(Sleutel k, boolean magLeeg) { return required(k.naam(), magLeeg); }
    Optional<String> optional(Sleutel k) { return optional(k.naam()); }
    Optional<Node.Scalar> scalarNode(Sleutel k) { return scalarNode(k.naam()); }
    List<Node> list(Sleutel k) { return list(k.naam()); }
    List<Node> requiredList(Sleutel k) { return requiredList(k.naam()); }
    List<Node.Scalar> scalars(Sleutel k) { return scalars(k.naam()); }
    LocalDate date(Sleutel k, boolean verplicht) { return date(k.naam(), verplicht); }

    SourcePosition pos() {
        return map.pos();
    }

    boolean has(String key) {
        return map.entries().containsKey(key);
    }

    Optional<Node> node(String key) {
        Node.Entry e = map.entries().get(key);
        if (e == null) return Optional.empty();
        if (e.value() instanceof Node.Scalar s && s.text() == null) return Optional.empty();
        return Optional.of(e.value());
    }

    SourcePosition keyPos(String key) {
        Node.Entry e = map.entries().get(key);
        return e == null ? map.pos() : e.keyPos();
    }

    /** Verplicht tekstveld; meldt ontbreken en geeft dan "". */
    String required(String key) {
        return required(key, false);
    }

    /**
     * Verplicht tekstveld dat leeg mag zijn als {@code magLeeg}: de titel van het ene, ongenummerde
     * hoofdstuk van een verordening zonder hoofdstukindeling.
     */
    String required(String key, boolean magLeeg) {
        Optional<Node> n = node(key);
        if (n.isEmpty()) {
            diag.error(LaadFout.VELD_ONTBREEKT, map.pos(), wat + " mist het verplichte veld '" + key + "'");
            return "";
        }
        Optional<String> r = scalar(key, n.get());
        if (r.isPresent() && r.get().isEmpty() && !magLeeg && NIET_LEEG.contains(key)) {
            if (key.equals("gemeente")) {
                // Een import vindt de naam niet altijd; de bron blijft bruikbaar, de schrijver vult hem in.
                diag.warn(LaadFout.TEKST_LEEG, n.get().pos(), "'gemeente' in " + wat + " is leeg; vul de naam van de gemeente in"
                        + " (de kale tekst noemt haar in de slotformule)");
            } else {
                diag.error(LaadFout.TEKST_LEEG, n.get().pos(), "'" + key + "' in " + wat + " is leeg; vul het in");
            }
        }
        return r.orElse("");
    }

    Optional<String> optional(String key) {
        return node(key).flatMap(n -> scalar(key, n));
    }

    Optional<Node.Scalar> scalarNode(String key) {
        Optional<Node> n = node(key);
        if (n.isEmpty()) return Optional.empty();
        if (n.get() instanceof Node.Scalar s) return Optional.of(s);
        diag.error(LaadFout.SOORT_ONJUIST, n.get().pos(), "'" + key + "' in " + wat + " moet tekst zijn, maar is " + n.get().soort());
        return Optional.empty();
    }

    private Optional<String> scalar(String key, Node n) {
        if (n instanceof Node.Scalar s) return Optional.ofNullable(s.text()).map(String::strip);
        diag.error(LaadFout.SOORT_ONJUIST, n.pos(), "'" + key + "' in " + wat + " moet tekst zijn, maar is " + n.soort());
        return Optional.empty();
    }

    /** Een lijst; een losse waarde telt als lijst van één. */
    List<Node> list(String key) {
        Optional<Node> n = node(key);
        if (n.isEmpty()) return List.of();
        if (n.get() instanceof Node.Sequence s) return s.items();
        if (n.get() instanceof Node.Scalar) return List.of(n.get());
        diag.error(LaadFout.SOORT_ONJUIST, n.get().pos(), "'" + key + "' in " + wat + " moet een opsomming zijn, maar is " + n.get().soort());
        return List.of();
    }

    List<Node> requiredList(String key) {
        if (node(key).isEmpty()) {
            diag.error(LaadFout.VELD_ONTBREEKT, map.pos(), wat + " mist het verplichte veld '" + key + "'");
            return List.of();
        }
        return list(key);
    }

    /** Lijst van korte teksten (zoals wetten: [Wmo, LLV]). */
    List<Node.Scalar> scalars(String key) {
        List<Node.Scalar> r = new ArrayList<>();
        for (Node n : list(key)) {
            if (n instanceof Node.Scalar s && s.text() != null) r.add(s);
            else if (!(n instanceof Node.Scalar)) diag.error(LaadFout.SOORT_ONJUIST, n.pos(), "elk item van '" + key + "' moet tekst zijn, maar dit is " + n.soort());
        }
        return r;
    }

    LocalDate date(String key, boolean verplicht) {
        Optional<String> s = verplicht ? Optional.of(required(key)).filter(t -> !t.isEmpty()) : optional(key);
        if (s.isEmpty()) return null;
        try {
            return LocalDate.parse(s.get());
        } catch (DateTimeParseException e) {
            diag.error(LaadFout.DATUM_ONGELDIG, node(key).get().pos(), "'" + key + "' moet een datum zijn als 2026-01-01 (jaar-maand-dag), niet '" + s.get() + "'");
            return null;
        }
    }

    String wat() {
        return wat;
    }

    /** Noemt het blok voortaan zo in meldingen ("artikel 3.1.1 A" in plaats van "artikel"). */
    void noem(String wat) {
        this.wat = wat;
    }
}
