package nl.verordening.model.bron;

import java.util.List;

/**
 * Het bronformaat, één keer: per soort YAML-blok zijn sleutels, welke verplicht zijn, wat voor
 * waarde er staat en wat hij betekent. Lader en bronschrijver lezen en schrijven sleutels alleen
 * via deze constanten, zodat ze niet uit elkaar kunnen lopen; {@link #ALLE} is de lijst als data
 * (voor documentatie en een JSON Schema).
 *
 * <p>Eén geneste klasse per soort blok; de namen vallen samen met modelrecords
 * ({@code Bronformaat.Artikel} tegenover {@code model.Artikel}): schrijf ze gekwalificeerd.
 */
public final class Bronformaat {

    private Bronformaat() {}

    /** {@code verordening.yaml}: gegevens, aanhef, ondertekening, hoofdstukken en bijlagen. */
    public static final class Hoofdbestand {
        private Hoofdbestand() {}

        public static final String BESTAND = "verordening.yaml";
        public static final Sleutel GEMEENTE = Sleutel.verplicht("gemeente", Waarde.TEKST, "naam van de gemeente");
        public static final Sleutel CBS_CODE = Sleutel.verplicht("cbs-code", Waarde.TEKST, "CBS-gemeentecode, vorm gm0000");
        public static final Sleutel TITEL = Sleutel.verplicht("titel", Waarde.TEKST, "officiële titel");
        public static final Sleutel CITEERTITEL = Sleutel.verplicht("citeertitel", Waarde.TEKST, "citeertitel");
        public static final Sleutel JAAR = Sleutel.verplicht("jaar", Waarde.GETAL, "jaar van de verordening, zoals 2026");
        public static final Sleutel ORGAAN = Sleutel.keuze("orgaan",
                "wie vaststelt: raad (standaard), college of burgemeester",
                java.util.Arrays.stream(nl.verordening.model.Orgaan.values()).map(nl.verordening.model.Orgaan::code).toList());
        public static final Sleutel VASTGESTELD = Sleutel.optioneel("vastgesteld", Waarde.DATUM,
                "datum van vaststelling (jaar-maand-dag); weg als de tekst die niet noemt");
        public static final Sleutel INWERKINGTREDING = Sleutel.optioneel("inwerkingtreding", Waarde.DATUM_OF_TEKST,
                "datum van inwerkingtreding (2026-01-01) of als tekst (de dag na die van de bekendmaking)");
        public static final Sleutel INTREKT = Sleutel.optioneel("intrekt", Waarde.TEKST,
                "citeertitel van de verordening die wordt ingetrokken");
        public static final Sleutel AANHEF = Sleutel.optioneel("aanhef", Waarde.BLOKKEN_OF_BLOK,
                "de aanhef: blokken, of een blok met tekst, gelet-op en besluit");
        public static final Sleutel SLOTFORMULE = Sleutel.optioneel("slotformule", Waarde.TEKST,
                "de slotformule zoals vastgesteld; weg voor de standaardformule van het orgaan");
        public static final Sleutel ONDERTEKENING = Sleutel.optioneel("ondertekening", Waarde.LIJST_VAN_BLOKKEN,
                "de ondertekenaars in volgorde");
        public static final Sleutel TAALNIVEAU = Sleutel.keuze("taalniveau",
                "het taalniveau voor de leesbaarheidscontroles: B1 (standaard) of B2",
                java.util.Arrays.stream(nl.verordening.model.taal.Taalniveau.values()).map(Enum::name).toList());
        public static final Sleutel ONDERTEKENING_VOLGORDE = Sleutel.keuze("ondertekening-volgorde",
                "functie-naam (standaard: de functies boven de namen) of naam-functie (de namen boven de functies)",
                java.util.Arrays.stream(nl.verordening.model.Ondertekening.Volgorde.values()).map(nl.verordening.model.Ondertekening.Volgorde::code).toList());
        public static final Sleutel KOPPEN = Sleutel.optioneel("koppen", Waarde.BLOK,
                "hoe koppen geschreven zijn: het woord voor het nummer (Hoofdstuk, Paragraaf, Artikel); weg bij alleen nummers");
        public static final Sleutel HOOFDSTUKKEN = Sleutel.verplicht("hoofdstukken", Waarde.LIJST_VAN_BESTANDEN,
                "de hoofdstukbestanden in de volgorde van de verordening");
        public static final Sleutel BIJLAGEN = Sleutel.optioneel("bijlagen", Waarde.LIJST_VAN_BESTANDEN,
                "de bijlagebestanden in volgorde, na de ondertekening");
        public static final Blokdefinitie BLOK = new Blokdefinitie("verordening", List.of(GEMEENTE, CBS_CODE, TITEL,
                CITEERTITEL, JAAR, ORGAAN, VASTGESTELD, INWERKINGTREDING, INTREKT, AANHEF, SLOTFORMULE, ONDERTEKENING,
                TAALNIVEAU, ONDERTEKENING_VOLGORDE, KOPPEN, HOOFDSTUKKEN, BIJLAGEN));
    }

    /** {@code koppen:} in {@code verordening.yaml}: het woord voor het nummer van elke soort kop. */
    public static final class Koppen {
        private Koppen() {}

        public static final Sleutel HOOFDSTUK = Sleutel.optioneel("hoofdstuk", Waarde.TEKST,
                "woord voor het hoofdstuknummer: Hoofdstuk, HOOFDSTUK, Afdeling");
        public static final Sleutel PARAGRAAF = Sleutel.optioneel("paragraaf", Waarde.TEKST,
                "woord voor het paragraafnummer: Paragraaf, §, Afdeling");
        public static final Sleutel ARTIKEL = Sleutel.optioneel("artikel", Waarde.TEKST, "woord voor het artikelnummer: Artikel");
        public static final Blokdefinitie BLOK = new Blokdefinitie("koppen", List.of(HOOFDSTUK, PARAGRAAF, ARTIKEL));
    }

    /** De aanhef als blok: tekst, "gelet op"-gronden en wat het orgaan besluit. */
    public static final class Aanhef {
        private Aanhef() {}

        public static final Sleutel TEKST = Sleutel.optioneel("tekst", Waarde.BLOKKEN,
                "de lopende tekst (\"De raad van de gemeente X;\", \"gelezen het voorstel ...\")");
        public static final Sleutel GELET_OP = Sleutel.optioneel("gelet-op", Waarde.LIJST_VAN_TEKST,
                "de gronden na \"gelet op\", elk als tekst");
        public static final Sleutel BESLUIT = Sleutel.optioneel("besluit", Waarde.BLOKKEN,
                "wat na \"besluit:\" komt (\"vast te stellen de ...\")");
        public static final Blokdefinitie BLOK = new Blokdefinitie("aanhef", List.of(TEKST, GELET_OP, BESLUIT));
    }

    /** Een item van {@code ondertekening}. */
    public static final class Ondertekenaar {
        private Ondertekenaar() {}

        public static final Sleutel FUNCTIE = Sleutel.verplicht("functie", Waarde.TEKST, "functie, zoals De raadsgriffier");
        public static final Sleutel NAAM = Sleutel.verplicht("naam", Waarde.TEKST, "naam van de ondertekenaar");
        public static final Blokdefinitie BLOK = new Blokdefinitie("ondertekenaar", List.of(FUNCTIE, NAAM));
    }

    /** {@code wetten.yaml}: het register van wetten. */
    public static final class Wettenbestand {
        private Wettenbestand() {}

        public static final String BESTAND = "wetten.yaml";
        public static final Sleutel WETTEN = Sleutel.verplicht("wetten", Waarde.LIJST_VAN_BLOKKEN,
                "de wetten die een wettenregel mag noemen; [] als de tekst geen wettenregels heeft");
        public static final Blokdefinitie BLOK = new Blokdefinitie(BESTAND, List.of(WETTEN));
    }

    /** Een wet in het register. */
    public static final class Wet {
        private Wet() {}

        public static final Sleutel CODE = Sleutel.verplicht("code", Waarde.TEKST, "code zoals in de wettenregel: Wmo");
        public static final Sleutel NAAM = Sleutel.verplicht("naam", Waarde.TEKST, "volledige naam van de wet");
        public static final Sleutel BWB = Sleutel.optioneel("bwb", Waarde.TEKST, "id in het Basiswettenbestand, vorm BWBR0000000");
        public static final Blokdefinitie BLOK = new Blokdefinitie("wet", List.of(CODE, NAAM, BWB));
    }

    /** {@code parameters.yaml}: bedragen en termijnen per ingangsdatum. */
    public static final class Parametersbestand {
        private Parametersbestand() {}

        public static final String BESTAND = "parameters.yaml";
        public static final Sleutel PARAMETERS = Sleutel.verplicht("parameters", Waarde.LIJST_VAN_BLOKKEN, "de parameters");
        public static final Blokdefinitie BLOK = new Blokdefinitie(BESTAND, List.of(PARAMETERS));
    }

    /** Een parameter. */
    public static final class Parameter {
        private Parameter() {}

        public static final Sleutel ID = Sleutel.verplicht("id", Waarde.ID, "id waarmee tekst verwijst: {{id}}");
        public static final Sleutel OMSCHRIJVING = Sleutel.optioneel("omschrijving", Waarde.TEKST, "wat de waarde is");
        public static final Sleutel EENHEID = Sleutel.optioneel("eenheid", Waarde.TEKST, "EUR (€ 465), euro (62,50 euro), km, procent of %");
        public static final Sleutel ARTIKEL = Sleutel.optioneel("artikel", Waarde.ID, "id van het artikel waar de waarde staat");
        public static final Sleutel WAARDEN = Sleutel.verplicht("waarden", Waarde.LIJST_VAN_BLOKKEN, "waarden per ingangsdatum");
        public static final Blokdefinitie BLOK = new Blokdefinitie("parameter", List.of(ID, OMSCHRIJVING, EENHEID, ARTIKEL, WAARDEN));
    }

    /** Een waarde van een parameter. */
    public static final class ParameterWaarde {
        private ParameterWaarde() {}

        public static final Sleutel VANAF = Sleutel.verplicht("vanaf", Waarde.DATUM, "ingangsdatum");
        public static final Sleutel WAARDE = Sleutel.verplicht("waarde", Waarde.GETAL, "getal met een punt als decimaalteken");
        public static final Blokdefinitie BLOK = new Blokdefinitie("waarde", List.of(VANAF, WAARDE));
    }

    /** Een bewust aanvaarde bevinding, in {@code aanvaard:} bij hoofdstuk, paragraaf, artikel, begrip of lid. */
    public static final class Aanvaarding {
        private Aanvaarding() {}

        public static final Sleutel CODE = Sleutel.verplicht("code", Waarde.TEKST, "code van de controle, zoals WET001");
        public static final Sleutel REDEN = Sleutel.verplicht("reden", Waarde.TEKST, "waarom de bevinding aanvaard is");
        public static final Blokdefinitie BLOK = new Blokdefinitie("aanvaarding", List.of(CODE, REDEN));
    }

    /**
     * Sleutels die in meer dan één soort blok staan. Een eigen klasse, zodat de blokken ze kunnen
     * noemen zonder de initialisatie van {@link #ALLE} in een kringetje te laten lopen.
     */
    public static final class Gedeeld {
        private Gedeeld() {}

        /** {@code aanvaard:} op een hoofdstuk, paragraaf, artikel, begrip of lid; elk item een {@link Aanvaarding}. */
        public static final Sleutel AANVAARD = Sleutel.optioneel("aanvaard", Waarde.LIJST_VAN_BLOKKEN,
                "bevindingen die bewust aanvaard zijn, elk met code en reden");
    }

    /** Een hoofdstukbestand. */
    public static final class Hoofdstuk {
        private Hoofdstuk() {}

        public static final Sleutel HOOFDSTUK = Sleutel.verplicht("hoofdstuk", Waarde.TEKST, "nummer zoals vastgesteld");
        public static final Sleutel ID = Sleutel.verplicht("id", Waarde.ID, "stabiel id");
        public static final Sleutel TITEL = Sleutel.verplicht("titel", Waarde.TEKST, "titel");
        public static final Sleutel INLEIDING = Sleutel.optioneel("inleiding", Waarde.BLOKKEN, "inleiding");
        public static final Sleutel KERNWAARDEN = Sleutel.optioneel("kernwaarden", Waarde.LIJST_VAN_TEKST, "kernwaarden, elk één zin");
        public static final Sleutel BEGRIPPEN = Sleutel.optioneel("begrippen", Waarde.LIJST_VAN_BLOKKEN, "de begrippenlijst");
        public static final Sleutel INHOUD = Sleutel.optioneel("inhoud", Waarde.LIJST_VAN_BLOKKEN, "paragrafen en artikelen in volgorde");
        public static final Blokdefinitie BLOK = new Blokdefinitie("hoofdstuk", List.of(HOOFDSTUK, ID, TITEL, INLEIDING,
                KERNWAARDEN, BEGRIPPEN, INHOUD, Gedeeld.AANVAARD));
    }

    /** Een paragraaf in de inhoud van een hoofdstuk. */
    public static final class Paragraaf {
        private Paragraaf() {}

        public static final Sleutel PARAGRAAF = Sleutel.verplicht("paragraaf", Waarde.TEKST, "nummer zoals vastgesteld");
        public static final Sleutel ID = Sleutel.verplicht("id", Waarde.ID, "stabiel id");
        public static final Sleutel TITEL = Sleutel.verplicht("titel", Waarde.TEKST, "titel");
        public static final Sleutel WETTEN = Sleutel.optioneel("wetten", Waarde.LIJST_VAN_TEKST, "de wettenregel");
        public static final Sleutel INLEIDING = Sleutel.optioneel("inleiding", Waarde.BLOKKEN, "inleiding");
        public static final Sleutel ARTIKELEN = Sleutel.optioneel("artikelen", Waarde.LIJST_VAN_BLOKKEN, "de artikelen");
        public static final Blokdefinitie BLOK = new Blokdefinitie("paragraaf", List.of(PARAGRAAF, ID, TITEL, WETTEN,
                INLEIDING, ARTIKELEN, Gedeeld.AANVAARD));
    }

    /** Een artikel. */
    public static final class Artikel {
        private Artikel() {}

        public static final Sleutel ARTIKEL = Sleutel.verplicht("artikel", Waarde.TEKST, "nummer precies zoals vastgesteld");
        public static final Sleutel ID = Sleutel.verplicht("id", Waarde.ID, "stabiel id dat hernummeren overleeft");
        public static final Sleutel TITEL = Sleutel.optioneel("titel", Waarde.TEKST, "titel; weg bij een artikel zonder titel");
        public static final Sleutel WETTEN = Sleutel.optioneel("wetten", Waarde.LIJST_VAN_TEKST, "de wettenregel onder de kop");
        public static final Sleutel INHOUD = Sleutel.verplicht("inhoud", Waarde.BLOKKEN, "de tekst van het artikel");
        public static final Sleutel UITLEG = Sleutel.optioneel("uitleg", Waarde.BLOKKEN, "uitleg, alleen in de publieksversie");
        public static final Sleutel VOORBEELD = Sleutel.optioneel("voorbeeld", Waarde.BLOKKEN, "voorbeeld, alleen in de publieksversie");
        public static final Sleutel ILLUSTRATIE = Sleutel.optioneel("illustratie", Waarde.BLOK, "afbeelding, alleen in de publieksversie");
        public static final Sleutel TOELICHTING = Sleutel.optioneel("toelichting", Waarde.BLOKKEN, "toelichting");
        public static final Blokdefinitie BLOK = new Blokdefinitie("artikel", List.of(ARTIKEL, ID, TITEL, WETTEN, INHOUD,
                UITLEG, VOORBEELD, ILLUSTRATIE, TOELICHTING, Gedeeld.AANVAARD));
    }

    /** De illustratie bij een artikel. */
    public static final class Illustratie {
        private Illustratie() {}

        public static final Sleutel BESTAND = Sleutel.verplicht("bestand", Waarde.TEKST, "pad in de bronmap");
        public static final Sleutel ALT = Sleutel.verplicht("alt", Waarde.TEKST, "beschrijving voor wie de afbeelding niet ziet");
        public static final Blokdefinitie BLOK = new Blokdefinitie("illustratie", List.of(BESTAND, ALT));
    }

    /** Een begrip: in de begrippenlijst van een hoofdstuk of in een blok {@code begrippen:}. */
    public static final class Begrip {
        private Begrip() {}

        public static final Sleutel LABEL = Sleutel.optioneel("label", Waarde.TEKST,
                "letter of nummer in begripsbepalingen (a, aa, 1); alleen in een blok begrippen");
        public static final Sleutel TERM = Sleutel.verplicht("term", Waarde.TEKST, "de term zoals gedefinieerd");
        public static final Sleutel ID = Sleutel.optioneel("id", Waarde.ID, "stabiel id; standaard begrip- en de term");
        public static final Sleutel AFKORTINGEN = Sleutel.optioneel("afkortingen", Waarde.LIJST_VAN_TEKST, "afkortingen van de term");
        public static final Sleutel VARIANTEN = Sleutel.optioneel("varianten", Waarde.LIJST_VAN_TEKST, "andere schrijfwijzen");
        public static final Sleutel DEFINITIE = Sleutel.verplicht("definitie", Waarde.BLOKKEN, "de definitie");
        /** In de begrippenlijst van een hoofdstuk (zonder label). */
        public static final Blokdefinitie BLOK = new Blokdefinitie("begrip", List.of(TERM, ID, AFKORTINGEN, VARIANTEN, DEFINITIE,
                Gedeeld.AANVAARD));
        /** In een blok {@code begrippen:} (begripsbepalingen in een artikel), met label. */
        public static final Blokdefinitie BEPALING = new Blokdefinitie("begripsbepaling",
                List.of(LABEL, TERM, ID, AFKORTINGEN, VARIANTEN, DEFINITIE, Gedeeld.AANVAARD));
    }

    /** Een bijlagebestand. */
    public static final class Bijlage {
        private Bijlage() {}

        public static final Sleutel BIJLAGE = Sleutel.verplicht("bijlage", Waarde.TEKST,
                "nummer zoals vastgesteld (1, I, 2a), of '' bij één ongenummerde bijlage");
        public static final Sleutel ID = Sleutel.verplicht("id", Waarde.ID, "stabiel id");
        public static final Sleutel TITEL = Sleutel.verplicht("titel", Waarde.TEKST, "titel");
        public static final Sleutel INHOUD = Sleutel.verplicht("inhoud", Waarde.BLOKKEN, "tekst en tabellen");
        public static final Blokdefinitie BLOK = new Blokdefinitie("bijlage", List.of(BIJLAGE, ID, TITEL, INHOUD));
    }

    /**
     * De blokken in een lijst van blokken: tekst, of een blok dat met één van deze sleutels begint.
     */
    public static final class Blokken {
        private Blokken() {}

        public static final Sleutel LID = Sleutel.optioneel("lid", Waarde.BLOK, "een genummerd lid");
        public static final Sleutel ONDERDELEN = Sleutel.optioneel("onderdelen", Waarde.LIJST_VAN_BLOKKEN,
                "onderdelen met letter, cijfer of romeins cijfer: - a: tekst");
        public static final Sleutel OPSOMMING = Sleutel.optioneel("opsomming", Waarde.LIJST_VAN_BLOKKEN, "ongenummerde opsomming");
        public static final Sleutel WETTEN = Sleutel.optioneel("wetten", Waarde.LIJST_VAN_TEKST, "een wettenregel midden in een artikel");
        public static final Sleutel TABEL = Sleutel.optioneel("tabel", Waarde.BLOK, "een tabel");
        public static final Sleutel BEGRIPPEN = Sleutel.optioneel("begrippen", Waarde.LIJST_VAN_BLOKKEN,
                "begripsbepalingen: - label: a, term, definitie");
        public static final Blokdefinitie BLOK = new Blokdefinitie("blok", List.of(LID, ONDERDELEN, OPSOMMING, WETTEN,
                TABEL, BEGRIPPEN));
    }

    /** Een lid: {@code - lid: 2} met de verkorte vorm tekst, lijst, inhoud. */
    public static final class Lid {
        private Lid() {}

        public static final Sleutel LID = Sleutel.verplicht("lid", Waarde.TEKST, "lidnummer: 1, 2, 2a");
        public static final Sleutel TEKST = Sleutel.optioneel("tekst", Waarde.BLOKKEN, "de tekst van het lid");
        public static final Sleutel ONDERDELEN = Sleutel.optioneel("onderdelen", Waarde.LIJST_VAN_BLOKKEN, "onderdelen na de tekst");
        public static final Sleutel OPSOMMING = Sleutel.optioneel("opsomming", Waarde.LIJST_VAN_BLOKKEN, "opsomming na de tekst");
        public static final Sleutel INHOUD = Sleutel.optioneel("inhoud", Waarde.BLOKKEN, "verdere blokken na de lijst");
        public static final Blokdefinitie BLOK = new Blokdefinitie("lid", List.of(LID, TEKST, ONDERDELEN, OPSOMMING, INHOUD,
                Gedeeld.AANVAARD));
    }

    /**
     * Een onderdeel: {@code - a: tekst}. De eerste sleutel is het label (letter, cijfer, romeins cijfer)
     * met de tekst als waarde; daarnaast deze sleutels.
     */
    public static final class Onderdeel {
        private Onderdeel() {}

        public static final Sleutel ONDERDELEN = Sleutel.optioneel("onderdelen", Waarde.LIJST_VAN_BLOKKEN, "geneste onderdelen");
        public static final Sleutel OPSOMMING = Sleutel.optioneel("opsomming", Waarde.LIJST_VAN_BLOKKEN, "geneste opsomming");
        public static final Sleutel INHOUD = Sleutel.optioneel("inhoud", Waarde.BLOKKEN, "verdere blokken");
        public static final Blokdefinitie BLOK = new Blokdefinitie("onderdeel", List.of(ONDERDELEN, OPSOMMING, INHOUD));
    }

    /** Een item van een opsomming dat meer is dan één tekst. */
    public static final class Opsommingsitem {
        private Opsommingsitem() {}

        public static final Sleutel TEKST = Sleutel.optioneel("tekst", Waarde.BLOKKEN, "de tekst van het item");
        public static final Sleutel ONDERDELEN = Sleutel.optioneel("onderdelen", Waarde.LIJST_VAN_BLOKKEN, "onderdelen na de tekst");
        public static final Sleutel OPSOMMING = Sleutel.optioneel("opsomming", Waarde.LIJST_VAN_BLOKKEN, "opsomming na de tekst");
        public static final Sleutel INHOUD = Sleutel.optioneel("inhoud", Waarde.BLOKKEN, "verdere blokken");
        public static final Blokdefinitie BLOK = new Blokdefinitie("opsommingsitem", List.of(TEKST, ONDERDELEN, OPSOMMING, INHOUD));
    }

    /** Een tabel: {@code - tabel: {titel, kop, rijen}}; elke cel is lopende tekst. */
    public static final class Tabel {
        private Tabel() {}

        public static final Sleutel TITEL = Sleutel.optioneel("titel", Waarde.TEKST, "opschrift boven de tabel");
        public static final Sleutel KOP = Sleutel.optioneel("kop", Waarde.LIJST_VAN_TEKST, "de kopregel: [Voorziening, Tarief]");
        public static final Sleutel RIJEN = Sleutel.verplicht("rijen", Waarde.LIJST_VAN_LIJSTEN,
                "de rijen, elk een lijst cellen; niet elke rij hoeft even veel cellen te hebben");
        public static final Blokdefinitie BLOK = new Blokdefinitie("tabel", List.of(TITEL, KOP, RIJEN));
    }

    /** Alle definities, in de volgorde van dit bestand. */
    public static final List<Blokdefinitie> ALLE = List.of(Hoofdbestand.BLOK, Koppen.BLOK, Aanhef.BLOK, Ondertekenaar.BLOK,
            Wettenbestand.BLOK, Wet.BLOK, Parametersbestand.BLOK, Parameter.BLOK, ParameterWaarde.BLOK,
            Aanvaarding.BLOK, Hoofdstuk.BLOK, Paragraaf.BLOK, Artikel.BLOK, Illustratie.BLOK, Begrip.BLOK,
            Begrip.BEPALING, Bijlage.BLOK, Blokken.BLOK, Lid.BLOK, Onderdeel.BLOK,
            Opsommingsitem.BLOK, Tabel.BLOK);
}
