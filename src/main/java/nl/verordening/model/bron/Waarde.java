package nl.verordening.model.bron;

/** Wat voor waarde er bij een sleutel staat. */
public enum Waarde {
    /** één stuk tekst (een getal of datum als "3.10" blijft tekst zoals geschreven) */
    TEKST,
    /** een geheel of decimaal getal */
    GETAL,
    /** jaar-maand-dag: 2026-01-01 */
    DATUM,
    /** een datum, of anders tekst */
    DATUM_OF_TEKST,
    /** kleine letters, cijfers en '-' */
    ID,
    /** één uit een vaste reeks waarden */
    KEUZE,
    /** één tekst of een lijst van blokken */
    BLOKKEN,
    /** blokken, of een blok met sleutels */
    BLOKKEN_OF_BLOK,
    /** een blok met sleutels */
    BLOK,
    /** een lijst van blokken met sleutels */
    LIJST_VAN_BLOKKEN,
    /** een lijst van korte teksten (ook: één tekst) */
    LIJST_VAN_TEKST,
    /** een lijst van lijsten tekst (rijen van een tabel) */
    LIJST_VAN_LIJSTEN,
    /** een lijst van bestandsnamen in de bronmap */
    LIJST_VAN_BESTANDEN
}
