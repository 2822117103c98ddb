package nl.verordening.render;

import java.io.IOException;

/**
 * Een fout in een sjabloon (syntaxis, onbekende verwijzing, ontbrekend sjabloon, fout in een
 * aangeroepen methode), met de plek zoals een editor die opent. Een {@link IOException}, zodat ze
 * zonder omweg door {@link Renderer#render} komt; de CLI meldt haar als onbruikbare invoer.
 *
 * @param bestand pad dat de gebruiker kan openen: het eigen sjabloon relatief aan de werkmap, of
 *                {@code templates/...} voor een meegeleverd sjabloon
 * @param regel   vanaf 1; 0 als onbekend
 * @param kolom   vanaf 1; 0 als onbekend
 */
public final class SjabloonFout extends IOException {

    private static final long serialVersionUID = 1L;

    public static final String CODE = "sjabloon";

    private final String bestand;
    private final int regel;
    private final int kolom;
    private final String bericht;

    public SjabloonFout(String bestand, int regel, int kolom, String bericht, Throwable oorzaak) {
        super(opmaak(bestand, regel, kolom, bericht), oorzaak);
        this.bestand = bestand;
        this.regel = Math.max(regel, 0);
        this.kolom = regel > 0 ? Math.max(kolom, 0) : 0;
        this.bericht = bericht;
    }

    public String bestand() {
        return bestand;
    }

    public int regel() {
        return regel;
    }

    public int kolom() {
        return kolom;
    }

    /** Het bericht zonder plek en code. */
    public String bericht() {
        return bericht;
    }

    /** {@code bestand:regel:kolom: fout: sjabloonfout: bericht [sjabloon]}, zoals de andere meldingen. */
    private static String opmaak(String bestand, int regel, int kolom, String bericht) {
        StringBuilder sb = new StringBuilder(bestand == null ? "" : bestand);
        if (regel > 0) {
            sb.append(':').append(regel);
            if (kolom > 0) sb.append(':').append(kolom);
        }
        if (sb.length() > 0) sb.append(": ");
        return sb.append("fout: sjabloonfout: ").append(bericht).append(" [").append(CODE).append(']').toString();
    }
}
