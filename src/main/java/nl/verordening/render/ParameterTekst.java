package nl.verordening.render;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import nl.verordening.model.Inline;
import nl.verordening.model.Parameter;
import nl.verordening.model.Verordening;

/**
 * Maakt van een {@link Inline.ParameterWaarde} de waarde die geldt op de datum van
 * inwerkingtreding, met eenheid: "€ 465" (EUR), "62,50 euro" (euro), "€ 1.000", "6 kilometer" (km),
 * "50 procent" (procent), "110%" (%).
 * Zonder geldende waarde: "[parameter: id]". Gooit nooit.
 */
public final class ParameterTekst {

    private final Verordening verordening;
    private final LocalDate peildatum;

    public ParameterTekst(Verordening verordening) {
        this.verordening = verordening;
        LocalDate d = verordening.metadata() == null ? null : verordening.metadata().inwerkingtreding();
        this.peildatum = d == null ? LocalDate.MAX : d;
    }

    public static String van(Inline.ParameterWaarde waarde, Verordening verordening) {
        return new ParameterTekst(verordening).tekst(waarde);
    }

    public String tekst(Inline.ParameterWaarde w) {
        Optional<Parameter> p = verordening.parameter(w.parameter());
        Optional<Parameter.Waarde> waarde = p.flatMap(x -> x.geldigOp(peildatum));
        if (waarde.isEmpty() || waarde.get().waarde() == null || waarde.get().waarde().isBlank()) {
            return "[parameter: " + w.parameter() + "]";
        }
        return metEenheid(waarde.get().waarde().trim(), p.get().eenheid());
    }

    /** Een waarde ("62.50") met eenheid ("EUR") als Nederlandse tekst ("€ 62,50"). */
    public static String metEenheid(String waarde, String eenheid) {
        String getal = getal(waarde);
        String e = eenheid == null ? "" : eenheid.trim();
        // "EUR" met teken ervoor, "euro" als woord erachter: zoals de vastgestelde tekst het schrijft.
        if (e.equals("euro")) return getal + " euro";
        if (e.equals("%")) return getal + "%";
        switch (e.toLowerCase(Locale.ROOT)) {
            case "": return getal;
            case "eur": case "euro": case "€": return "€ " + getal(bedrag(waarde));
            case "km": case "kilometer": return getal + " kilometer";
            case "procent": return getal + " procent";
            default: return getal + " " + e;
        }
    }

    /** Een bedrag heeft twee decimalen, tenzij het heel is: "62.5" wordt "62.50", "465" en "465.0" blijven heel. */
    static String bedrag(String waarde) {
        try {
            java.math.BigDecimal d = new java.math.BigDecimal(waarde.trim());
            if (d.scale() <= 0) return waarde;
            if (d.stripTrailingZeros().scale() <= 0) return d.setScale(0, java.math.RoundingMode.UNNECESSARY).toPlainString();
            return d.scale() == 1 ? d.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString() : waarde;
        } catch (NumberFormatException | ArithmeticException e) {
            return waarde;
        }
    }

    /**
     * Een decimaal getal met Nederlandse notatie: decimale komma, punt voor duizendtallen
     * ("1000" wordt "1.000", "62.50" wordt "62,50"). Het aantal decimalen blijft zoals gegeven.
     * Wat geen getal is, blijft ongewijzigd.
     */
    public static String getal(String waarde) {
        BigDecimal d;
        try {
            d = new BigDecimal(waarde.trim());
        } catch (NumberFormatException e) {
            return waarde;
        }
        String s = d.toPlainString();
        String teken = "";
        if (s.startsWith("-")) {
            teken = "-";
            s = s.substring(1);
        }
        int punt = s.indexOf('.');
        String heel = punt < 0 ? s : s.substring(0, punt);
        String decimalen = punt < 0 ? "" : "," + s.substring(punt + 1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < heel.length(); i++) {
            if (i > 0 && (heel.length() - i) % 3 == 0) sb.append('.');
            sb.append(heel.charAt(i));
        }
        return teken + sb + decimalen;
    }
}
