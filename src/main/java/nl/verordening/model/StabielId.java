package nl.verordening.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * De vorm van een stabiel id (hoofdstuk, paragraaf, artikel, begrip, parameter): kleine letters,
 * cijfers en '-'. Eén plek, zodat lader, importeur en bronschrijver dezelfde ids maken en aanvaarden.
 */
public final class StabielId {

    public static final Pattern PATROON = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private StabielId() {}

    public static boolean geldig(String id) {
        return id != null && PATROON.matcher(id).matches();
    }

    /** Kleine letters, accenten weg, alles wat geen letter of cijfer is een '-': "Cliënt (Wmo)" → "client-wmo". */
    public static String slug(String s) {
        if (s == null) return "";
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        n = n.replace("ß", "ss").replace("æ", "ae").replace("Æ", "ae").replace("ø", "o").replace("Ø", "o");
        return n.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
