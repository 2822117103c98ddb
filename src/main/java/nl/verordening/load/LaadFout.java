package nl.verordening.load;

import nl.verordening.model.Severity;

/**
 * Elke fout die de lader kan melden, met de code die de gebruiker tussen haken ziet
 * ({@code [veld-onbekend]}) en een samenvatting voor {@code verordening check --lijst}.
 * Laadfouten maken de bron onbruikbaar en zijn daarom niet te aanvaarden; hun code blijft de
 * leesbare tekst die gebruikers al kennen (controles hebben codes als WET001).
 */
public enum LaadFout {
    MAP_ONTBREEKT("map-ontbreekt", "de bronmap bestaat niet"),
    BESTAND_ONTBREEKT("bestand-ontbreekt", "een genoemd bestand (hoofdstuk, afbeelding) bestaat niet"),
    BESTAND_ONLEESBAAR("bestand-onleesbaar", "een bestand is niet te lezen"),
    BESTAND_BUITEN_BRON("bestand-buiten-bron", "een hoofdstukbestand ligt buiten de bronmap"),
    BESTAND_LEEG("bestand-leeg", "een bronbestand is leeg"),
    GEEN_UTF8("geen-utf8", "een bestand is geen geldige UTF-8"),
    YAML_SYNTAXIS("yaml-syntaxis", "ongeldige YAML"),
    SLEUTEL_DUBBEL("sleutel-dubbel", "dezelfde sleutel twee keer in één blok"),
    VELD_ONBEKEND("veld-onbekend", "onbekend veld in een blok"),
    VELD_ONTBREEKT("veld-ontbreekt", "een verplicht veld ontbreekt"),
    SOORT_ONJUIST("soort-onjuist", "een waarde heeft de verkeerde soort (tekst, lijst, blok)"),
    BLOK_ONBEKEND("blok-onbekend", "onbekende soort blok in een inhoud"),
    DATUM_ONGELDIG("datum-ongeldig", "een datum is niet van de vorm 2026-01-01"),
    JAAR_ONGELDIG("jaar-ongeldig", "het jaar is geen jaartal"),
    CBS_CODE_ONGELDIG("cbs-code-ongeldig", "de cbs-code is niet van de vorm gm0000"),
    BWB_ONGELDIG("bwb-ongeldig", "een bwb-nummer is niet van de vorm BWBR0000000"),
    WAARDE_ONGELDIG("waarde-ongeldig", "een parameterwaarde is geen getal"),
    ID_ONGELDIG("id-ongeldig", "een id bevat iets anders dan kleine letters, cijfers en '-'"),
    ID_DUBBEL("id-dubbel", "hetzelfde id twee keer in de bron"),
    NUMMER_ONGELDIG("nummer-ongeldig", "een lidnummer of onderdeelletter heeft een ongeldige vorm"),
    NUMMER_DUBBEL("nummer-dubbel", "hetzelfde hoofdstuk-, paragraaf-, artikel- of bijlagenummer twee keer"),
    WET_ONBEKEND("wet-onbekend", "een wettenregel noemt een wet die niet in wetten.yaml staat"),
    WET_DUBBEL("wet-dubbel", "een wet staat twee keer in wetten.yaml"),
    TEKST_OPMAAK("tekst-opmaak", "opmaak in de tekst die een verordening niet kent"),
    VERWIJZING_ONGELDIG("verwijzing-ongeldig", "een verwijzing [[...]] is verkeerd geschreven"),
    VERWIJZING_ONBEKEND("verwijzing-onbekend", "een verwijzing wijst naar een id, lid of onderdeel dat niet bestaat"),
    PARAMETER_ONGELDIG("parameter-ongeldig", "een parameternaam {{...}} is verkeerd geschreven"),
    PARAMETER_ONBEKEND("parameter-onbekend", "een parameter staat niet in parameters.yaml"),
    PARAMETER_GEEN_WAARDE("parameter-geen-waarde", "een parameter heeft geen waarde op de datum van inwerkingtreding"),
    ORGAAN_ONGELDIG("orgaan-ongeldig", "het orgaan is niet raad, college of burgemeester"),
    LABEL_ONTBREEKT("label-ontbreekt", "in begripsbepalingen met letters mist één begrip zijn letter"),
    AANVAARDING_ONGELDIG("aanvaarding-ongeldig", "een aanvaarding noemt een onbekende code of geen reden"),
    YAML_ANKER("yaml-anker", "een YAML-anker (&), -alias (*) of -tag (!): in een bron betekenen die niets, en er valt tekst weg"),
    TEKEN_ONGELDIG("teken-ongeldig", "een stuurteken of een teken dat de leesrichting omkeert (Trojan Source) in de tekst"),
    TE_DIEP("te-diep", "blokken of opsommingen zijn te diep in elkaar genest"),
    BESTAND_TE_GROOT("bestand-te-groot", "een bronbestand is te groot"),
    TEKST_LEEG("tekst-leeg", "een verplichte tekst of inhoud is leeg"),
    HTML_IN_TEKST("html-in-tekst", "HTML (zoals <script>) in de tekst"),
    LINK_ONVEILIG("link-onveilig", "een link met javascript:, data: of vbscript:"),
    PARAMETER_DUBBEL("parameter-dubbel", "een parameter-id of een vanaf-datum van een parameter staat twee keer"),
    EENHEID_ONBEKEND("eenheid-onbekend", "een parameter heeft een eenheid die de compiler niet kent"),
    BESTAND_DUBBEL("bestand-dubbel", "verordening.yaml noemt hetzelfde hoofdstuk- of bijlagebestand twee keer"),
    AFBEELDING_ONGELDIG("afbeelding-ongeldig", "een illustratie is geen SVG-, PNG- of JPEG-bestand"),
    COMMENTAAR_IN_TEKST("commentaar-in-tekst", "na ' #' is de rest van de regel YAML-commentaar, geen tekst", Severity.WARNING),
    BESTAND_NIET_GENOEMD("bestand-niet-genoemd", "een YAML-bestand in de bronmap staat niet in verordening.yaml", Severity.WARNING),
    BESLISTABEL_ONGELDIG("beslistabel-ongeldig", "een beslistabel heeft een onbekende hitpolicy, type of aggregatie, of een dubbele of ongeldige naam"),
    FEEL_ONGELDIG("feel-ongeldig", "een cel van een beslistabel is geen geldige FEEL-toets of waarde van de juiste soort"),
    NAAM_ONBEKEND("naam-onbekend", "een regel of voorbeeld noemt een invoer of uitvoer die de beslistabel niet heeft");

    private final String code;
    private final String samenvatting;
    private final Severity ernst;

    LaadFout(String code, String samenvatting) {
        this(code, samenvatting, Severity.ERROR);
    }

    LaadFout(String code, String samenvatting, Severity ernst) {
        this.code = code;
        this.samenvatting = samenvatting;
        this.ernst = ernst;
    }

    /** Fout (de bron is onbruikbaar) of waarschuwing (de bron laadt, de melding komt bij de bevindingen). */
    public Severity ernst() {
        return ernst;
    }

    /** Wat de gebruiker tussen haken ziet, zoals {@code veld-onbekend}. */
    public String code() {
        return code;
    }

    public String samenvatting() {
        return samenvatting;
    }
}
