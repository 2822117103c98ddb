package nl.verordening.render.bron;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.verordening.model.StabielId;
import nl.verordening.model.bron.Bestandssoort;
import nl.verordening.model.bron.Blokdefinitie;
import nl.verordening.model.bron.Bronformaat;
import nl.verordening.model.bron.Sleutel;
import nl.verordening.model.bron.Waarde;

/**
 * Maakt de JSON Schema's (draft 2020-12) van de bronbestanden uit {@link Bronformaat}, zodat ze
 * niet van de lader kunnen afwijken: elke sleutel met een Nederlandse titel en omschrijving (die
 * een editor bij het aanwijzen toont), {@code required}, {@code additionalProperties: false},
 * keuzes als {@code enum} en patronen voor ids, datums, de cbs-code en bwb-nummers.
 *
 * <p>Wat een schema niet kan zien (verwijzingen, dubbele ids, bestaande bestanden, onmogelijke
 * datums als 2026-02-30) blijft het werk van de lader; zie docs/editor.md.
 */
public final class BronSchema {

    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

    /** Patronen die de lader ook gebruikt (daar als Pattern, hier als tekst met ^ en $). */
    static final String ID = "^" + StabielId.PATROON.pattern() + "$";
    static final String DATUM = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";
    static final String CBS = "^gm[0-9]{4}$";
    static final String BWB = "^BWB[RV][0-9]{7}$";
    static final String GETAL = "^-?[0-9]+(\\.[0-9]+)?$";
    static final String JAAR = "^[0-9]{4}$";
    static final String LIDNUMMER = "^[0-9]{1,3}[a-z]?$";
    static final String LABEL = "^([a-z]{1,3}|[0-9]{1,3})$";

    /** Bij welke sleutel welk blok hoort, voor {@link Waarde#BLOK} en {@link Waarde#LIJST_VAN_BLOKKEN}. */
    private static final Map<Sleutel, String> ELEMENT = new IdentityHashMap<>();
    /** Sleutels met een vast patroon. */
    private static final Map<Sleutel, String> PATROON = new IdentityHashMap<>();

    static {
        ELEMENT.put(Bronformaat.Hoofdbestand.ONDERTEKENING, def(Bronformaat.Ondertekenaar.BLOK));
        ELEMENT.put(Bronformaat.Hoofdbestand.KOPPEN, def(Bronformaat.Koppen.BLOK));
        ELEMENT.put(Bronformaat.Wettenbestand.WETTEN, def(Bronformaat.Wet.BLOK));
        ELEMENT.put(Bronformaat.Parametersbestand.PARAMETERS, def(Bronformaat.Parameter.BLOK));
        ELEMENT.put(Bronformaat.Parameter.WAARDEN, def(Bronformaat.ParameterWaarde.BLOK));
        ELEMENT.put(Bronformaat.Gedeeld.AANVAARD, def(Bronformaat.Aanvaarding.BLOK));
        ELEMENT.put(Bronformaat.Hoofdstuk.BEGRIPPEN, def(Bronformaat.Begrip.BLOK));
        ELEMENT.put(Bronformaat.Hoofdstuk.INHOUD, "hoofdstukinhoud");
        ELEMENT.put(Bronformaat.Paragraaf.ARTIKELEN, def(Bronformaat.Artikel.BLOK));
        ELEMENT.put(Bronformaat.Artikel.ILLUSTRATIE, def(Bronformaat.Illustratie.BLOK));
        ELEMENT.put(Bronformaat.Blokken.TABEL, def(Bronformaat.Tabel.BLOK));
        ELEMENT.put(Bronformaat.Blokken.BEGRIPPEN, def(Bronformaat.Begrip.BEPALING));
        ELEMENT.put(Bronformaat.Blokken.LID, def(Bronformaat.Lid.BLOK));
        for (Sleutel s : List.of(Bronformaat.Blokken.ONDERDELEN, Bronformaat.Lid.ONDERDELEN, Bronformaat.Onderdeel.ONDERDELEN,
                Bronformaat.Opsommingsitem.ONDERDELEN)) {
            ELEMENT.put(s, def(Bronformaat.Onderdeel.BLOK));
        }
        for (Sleutel s : List.of(Bronformaat.Blokken.OPSOMMING, Bronformaat.Lid.OPSOMMING, Bronformaat.Onderdeel.OPSOMMING,
                Bronformaat.Opsommingsitem.OPSOMMING)) {
            ELEMENT.put(s, "opsommingsitem-of-tekst");
        }
        PATROON.put(Bronformaat.Hoofdbestand.CBS_CODE, CBS);
        PATROON.put(Bronformaat.Hoofdbestand.JAAR, JAAR);
        PATROON.put(Bronformaat.Wet.BWB, BWB);
        PATROON.put(Bronformaat.ParameterWaarde.WAARDE, GETAL);
        PATROON.put(Bronformaat.Lid.LID, LIDNUMMER);
        PATROON.put(Bronformaat.Begrip.LABEL, LABEL);
    }

    private BronSchema() {}

    /** Een Map in vaste volgorde (Map.of heeft geen vaste volgorde, en de schema's zijn deterministisch). */
    private static Map<String, Object> m(Object... kv) {
        Map<String, Object> r = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) r.put((String) kv[i], kv[i + 1]);
        return r;
    }

    /** Alle schema's: bestandsnaam ({@link Bestandssoort#schemabestand()}) → JSON, in vaste volgorde. */
    public static Map<String, String> alle() {
        Map<String, String> r = new LinkedHashMap<>();
        for (Bestandssoort s : Bestandssoort.values()) r.put(s.schemabestand(), json(s));
        return r;
    }

    /** Het schema van één soort bestand, als JSON met twee spaties inspringing. */
    public static String json(Bestandssoort soort) {
        return Json.schrijf(schema(soort)) + "\n";
    }

    /** Sleutels met {@link Waarde#BLOK} of {@link Waarde#LIJST_VAN_BLOKKEN} zonder bekend element (moet leeg zijn). */
    public static List<String> zonderElement() {
        List<String> r = new ArrayList<>();
        for (Blokdefinitie d : Bronformaat.ALLE) {
            for (Sleutel s : d.sleutels()) {
                if ((s.waarde() == Waarde.BLOK || s.waarde() == Waarde.LIJST_VAN_BLOKKEN) && !ELEMENT.containsKey(s)) {
                    r.add(d.naam() + "." + s.naam());
                }
            }
        }
        return r;
    }

    static Map<String, Object> schema(Bestandssoort soort) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("$schema", DIALECT);
        s.put("$id", "https://verordening.nl/schema/" + soort.schemabestand());
        s.put("title", soort.titel());
        s.put("description", soort.titel() + " (" + soort.patroon() + "). Gemaakt uit het bronformaat van verordening;"
                + " zie docs/bronformaat.md.");
        s.putAll(ref(def(soort.wortel())));
        Map<String, Object> defs = new LinkedHashMap<>();
        for (Blokdefinitie d : Bronformaat.ALLE) {
            if (d == Bronformaat.Blokken.BLOK || d == Bronformaat.Onderdeel.BLOK) continue;
            defs.put(def(d), blok(d));
        }
        defs.put(def(Bronformaat.Onderdeel.BLOK), onderdeel());
        defs.put("blokken", blokken());
        defs.put("blok", blokItem());
        defs.put("hoofdstukinhoud", m("description", "een paragraaf of een artikel",
                "anyOf", List.of(ref(def(Bronformaat.Paragraaf.BLOK)), ref(def(Bronformaat.Artikel.BLOK)))));
        defs.put("opsommingsitem-of-tekst", m("description", "een item van een opsomming: tekst, of tekst met een lijst",
                "anyOf", List.of(scalar(true), ref(def(Bronformaat.Opsommingsitem.BLOK)))));
        s.put("$defs", defs);
        return s;
    }

    private static String def(Blokdefinitie d) {
        return d.naam().replace(".yaml", "-bestand");
    }

    private static Map<String, Object> ref(String def) {
        return m("$ref", "#/$defs/" + def);
    }

    private static Map<String, Object> blok(Blokdefinitie d) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("type", "object");
        o.put("title", d.naam());
        Map<String, Object> props = new LinkedHashMap<>();
        for (Sleutel k : d.sleutels()) props.put(k.naam(), sleutel(k));
        o.put("properties", props);
        List<String> req = d.verplicht().stream().map(Sleutel::naam).toList();
        if (!req.isEmpty()) o.put("required", req);
        o.put("additionalProperties", false);
        return o;
    }

    /** Het schema van de waarde van één sleutel, met titel en omschrijving. */
    private static Map<String, Object> sleutel(Sleutel k) {
        // Een lege waarde ('sleutel:' zonder iets) telt bij de lader als 'niet ingevuld'.
        return sleutel(k, !k.verplicht() || k.waarde() == Waarde.BLOKKEN);
    }

    private static Map<String, Object> sleutel(Sleutel k, boolean leegMag) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("title", k.omschrijving());
        o.put("description", k.omschrijving() + ". " + (k.verplicht() ? "Verplicht" : "Optioneel") + "; " + soort(k) + ".");
        Map<String, Object> w = waarde(k);
        if (leegMag) o.put("anyOf", List.of(w, m("type", "null")));
        else o.putAll(w);
        return o;
    }

    private static Map<String, Object> waarde(Sleutel k) {
        Map<String, Object> o = new LinkedHashMap<>();
        String patroon = PATROON.get(k);
        if (k.waarde() == Waarde.KEUZE) {
            o.put("enum", k.keuzes());
            return o;
        }
        if (k == Bronformaat.Tabel.KOP) {
            // De kop is altijd een lijst cellen, ook met één cel.
            o.put("type", "array");
            o.put("items", scalar(true));
            return o;
        }
        switch (k.waarde()) {
            case TEKST -> {
                o.putAll(scalar(false));
                if (patroon != null) o.put("pattern", patroon);
            }
            case GETAL -> {
                o.put("type", List.of("string", "number"));
                if (patroon != null) o.put("pattern", patroon);
                if (k == Bronformaat.Hoofdbestand.JAAR) {
                    o.put("type", List.of("string", "integer"));
                    o.put("minimum", 1000);
                    o.put("maximum", 9999);
                }
            }
            case DATUM -> {
                o.put("type", "string");
                o.put("pattern", DATUM);
            }
            case DATUM_OF_TEKST -> {
                o.putAll(scalar(false));
                // Wat met cijfers en een streepje begint, moet een datum zijn; de rest is tekst.
                o.put("pattern", "^(?![0-9]+-)|" + DATUM);
            }
            case ID -> {
                o.put("type", "string");
                o.put("pattern", ID);
            }
            case KEUZE -> throw new IllegalStateException("keuze zonder waarden: " + k.naam()); // kan niet: zie Sleutel
            case BLOKKEN -> o.putAll(ref("blokken"));
            case BLOKKEN_OF_BLOK -> o.put("anyOf", List.of(ref("blokken"), ref(def(Bronformaat.Aanhef.BLOK))));
            case BLOK -> o.putAll(ref(element(k)));
            case LIJST_VAN_BLOKKEN -> {
                o.put("type", "array");
                o.put("items", ref(element(k)));
            }
            case LIJST_VAN_TEKST -> o.put("anyOf", List.of(scalar(false), m("type", "array", "items", scalar(true))));
            case LIJST_VAN_LIJSTEN -> {
                o.put("type", "array");
                o.put("items", m("type", "array", "items", scalar(true)));
            }
            case LIJST_VAN_BESTANDEN -> o.put("anyOf", List.of(m("type", "string"),
                    m("type", "array", "items", m("type", "string"))));
        }
        return o;
    }

    private static String element(Sleutel k) {
        String e = ELEMENT.get(k);
        if (e == null) throw new IllegalStateException("geen element bekend voor sleutel " + k.naam());
        return e;
    }

    /** Eén tekst zoals de lader hem leest: ook een getal of ja/nee blijft tekst zoals geschreven. */
    private static Map<String, Object> scalar(boolean leegMag) {
        return m("type", leegMag ? List.of("string", "number", "boolean", "null") : List.of("string", "number", "boolean"));
    }

    private static String soort(Sleutel k) {
        return switch (k.waarde()) {
            case TEKST -> "tekst";
            case GETAL -> "een getal";
            case DATUM -> "een datum als 2026-01-01";
            case DATUM_OF_TEKST -> "een datum als 2026-01-01, of tekst";
            case ID -> "kleine letters, cijfers en '-'";
            case KEUZE -> "één van: " + String.join(", ", k.keuzes());
            case BLOKKEN -> "tekst of een lijst van blokken";
            case BLOKKEN_OF_BLOK -> "tekst, een lijst van blokken, of een blok met sleutels";
            case BLOK -> "een blok met sleutels";
            case LIJST_VAN_BLOKKEN -> "een lijst van blokken met sleutels";
            case LIJST_VAN_TEKST -> "een lijst van korte teksten, of één tekst";
            case LIJST_VAN_LIJSTEN -> "een lijst van rijen, elk een lijst cellen";
            case LIJST_VAN_BESTANDEN -> "een lijst van bestandsnamen in de bronmap";
        };
    }

    /** Een blok in een lijst van blokken: tekst, een lid, of een blok met precies één van de bloksleutels. */
    private static Map<String, Object> blokItem() {
        List<Object> soorten = new ArrayList<>();
        soorten.add(scalar(true));
        soorten.add(ref(def(Bronformaat.Lid.BLOK)));
        for (Sleutel k : Bronformaat.Blokken.BLOK.sleutels()) {
            if (k == Bronformaat.Blokken.LID) continue;
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("type", "object");
            o.put("title", k.naam());
            o.put("properties", m(k.naam(), sleutel(k, false)));
            o.put("required", List.of(k.naam()));
            o.put("additionalProperties", false);
            soorten.add(o);
        }
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("title", "blok");
        o.put("description", "tekst, of een blok: " + String.join(", ", Bronformaat.Blokken.BLOK.namen()));
        o.put("anyOf", soorten);
        return o;
    }

    private static Map<String, Object> blokken() {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("title", "blokken");
        o.put("description", "één tekst, of een lijst van blokken (alinea's, leden, onderdelen, opsommingen, tabellen, begrippen)");
        o.put("anyOf", List.of(scalar(false), m("type", "array", "items", ref("blok"))));
        return o;
    }

    /** {@code - a: tekst}: het label is een sleutel (letter of nummer), met daarnaast onderdelen, opsomming, inhoud. */
    private static Map<String, Object> onderdeel() {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("type", "object");
        o.put("title", "onderdeel");
        o.put("description", "een onderdeel: '- a: tekst' (letter, cijfer of romeins cijfer als sleutel)");
        Map<String, Object> props = new LinkedHashMap<>();
        for (Sleutel k : Bronformaat.Onderdeel.BLOK.sleutels()) props.put(k.naam(), sleutel(k));
        o.put("properties", props);
        Map<String, Object> label = new LinkedHashMap<>();
        label.put("title", "de tekst van het onderdeel");
        label.put("description", "de sleutel is de letter of het nummer (a, b, aa, 1, i); de waarde de tekst");
        label.put("anyOf", List.of(ref("blokken"), m("type", "null")));
        o.put("patternProperties", m(LABEL, label));
        o.put("minProperties", 1);
        // Ten minste één sleutel is een label: niet alle sleutels zijn onderdelen, opsomming of inhoud.
        o.put("not", m("propertyNames", m("enum", List.copyOf(Bronformaat.Onderdeel.BLOK.namen()))));
        o.put("additionalProperties", false);
        return o;
    }
}
