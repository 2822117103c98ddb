package nl.verordening.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Nederlandse datums in lopende tekst: "18 december 2025". */
final class Datums {

    private static final List<String> MAANDEN = List.of("januari", "februari", "maart", "april", "mei", "juni",
            "juli", "augustus", "september", "oktober", "november", "december");

    static final Pattern DATUM = Pattern.compile(
            "(?iu)\\b(\\d{1,2})\\s+(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\\s+(\\d{4})\\b");

    private Datums() {}

    /** De eerste geldige datum in de tekst, of null. */
    static LocalDate zoek(String tekst) {
        if (tekst == null) return null;
        Matcher m = DATUM.matcher(tekst);
        while (m.find()) {
            LocalDate d = maak(m.group(1), m.group(2), m.group(3));
            if (d != null) return d;
        }
        return null;
    }

    /** "januari" voor 1. */
    static String maandnaam(int maand) {
        return MAANDEN.get(maand - 1);
    }

    static LocalDate maak(String dag, String maand, String jaar) {
        try {
            int mnd = MAANDEN.indexOf(maand.toLowerCase(Locale.ROOT)) + 1;
            if (mnd == 0) return null;
            return LocalDate.of(Integer.parseInt(jaar), mnd, Integer.parseInt(dag));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
