package nl.verordening.render;

import java.util.List;
import java.util.Locale;
import nl.verordening.model.Inline;
import nl.verordening.model.Tekst;
import nl.verordening.model.Verordening;

/**
 * Maakt van een {@link Tekst} platte tekst: nadruk en vet als hun tekst, een link als zijn tekst
 * (met " (url)" erachter als die tekst niet de url zelf is), verwijzingen via
 * {@link VerwijzingTekst} en parameters via {@link ParameterTekst}.
 */
public final class InlineTekst {

    private final VerwijzingTekst verwijzingen;
    private final ParameterTekst parameters;

    public InlineTekst(Verordening verordening) {
        this.verwijzingen = new VerwijzingTekst(verordening);
        this.parameters = new ParameterTekst(verordening);
    }

    /** Eenmalig gebruik; maak voor een hele verordening liever één instantie. */
    public static String platte(Tekst tekst, Verordening verordening) {
        return new InlineTekst(verordening).platte(tekst);
    }

    public String platte(Tekst tekst) {
        StringBuilder sb = new StringBuilder();
        schrijf(tekst.delen(), sb);
        return sb.toString();
    }

    public String platte(List<Inline> delen) {
        StringBuilder sb = new StringBuilder();
        schrijf(delen, sb);
        return sb.toString();
    }

    public VerwijzingTekst verwijzingen() {
        return verwijzingen;
    }

    public ParameterTekst parameters() {
        return parameters;
    }

    private void schrijf(List<Inline> delen, StringBuilder sb) {
        Inline.Bezoeker<Void> b = new Inline.Bezoeker<>() {
            @Override
            public Void platte(Inline.Platte p) {
                sb.append(p.tekst());
                return null;
            }

            @Override
            public Void nadruk(Inline.Nadruk n) {
                schrijf(n.inhoud(), sb);
                return null;
            }

            @Override
            public Void sterk(Inline.Sterk s) {
                schrijf(s.inhoud(), sb);
                return null;
            }

            @Override
            public Void link(Inline.Link l) {
                String tekst = InlineTekst.this.platte(l.inhoud());
                sb.append(tekst);
                if (l.url() != null && !l.url().isBlank() && !zelfdeAdres(tekst, l.url())) {
                    sb.append(" (").append(l.url().trim()).append(')');
                }
                return null;
            }

            @Override
            public Void verwijzing(Inline.Verwijzing v) {
                sb.append(verwijzingen.tekst(v, sb));
                return null;
            }

            @Override
            public Void parameter(Inline.ParameterWaarde w) {
                sb.append(parameters.tekst(w));
                return null;
            }
        };
        for (Inline i : delen) i.accept(b);
    }

    /**
     * Of de linktekst het adres zelf is: gelijk na weglaten van schema ("https://", "mailto:"),
     * een afsluitende "/" en hoofdletterverschil. Dan herhaalt de platte tekst het adres niet.
     */
    static boolean zelfdeAdres(String tekst, String url) {
        return kaal(tekst).equals(kaal(url));
    }

    private static String kaal(String s) {
        String r = s.trim().toLowerCase(Locale.ROOT).replaceFirst("^[a-z][a-z0-9+.-]*:(//)?", "");
        while (r.endsWith("/")) r = r.substring(0, r.length() - 1);
        return r;
    }
}
