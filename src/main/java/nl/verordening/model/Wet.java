package nl.verordening.model;

/**
 * Een wet in het register van wetten die tags mogen noemen.
 *
 * @param code  korte code in tags ("Wmo")
 * @param naam  volledige naam ("Wet maatschappelijke ondersteuning 2015")
 * @param bwbId identificatie in het Basiswettenbestand ("BWBR0035362"), of null
 */
public record Wet(String code, String naam, String bwbId, SourcePosition pos) {}
