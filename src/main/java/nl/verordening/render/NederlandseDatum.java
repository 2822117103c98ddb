package nl.verordening.render;

import java.time.LocalDate;

/** Datums zoals ze in een Nederlandse regeling staan: "18 december 2025", "1 januari 2026". */
public final class NederlandseDatum {

    private static final String[] MAANDEN = {
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december"
    };

    private NederlandseDatum() {}

    /** De datum voluit, zonder voorloopnul: "1 januari 2026". */
    public static String lang(LocalDate datum) {
        return datum.getDayOfMonth() + " " + maand(datum.getMonthValue()) + " " + datum.getYear();
    }

    /** De naam van maand 1..12 ("januari"). */
    public static String maand(int maand) {
        return MAANDEN[maand - 1];
    }
}
