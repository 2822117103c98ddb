package nl.verordening.render;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nl.verordening.model.Inline;
import nl.verordening.model.Tekst;
import nl.verordening.model.Verordening;

/**
 * Lopende tekst als HTML, met de opmaak van de bron: cursief als {@code <em>}, vet als
 * {@code <strong>}, links als {@code <a>}, verwijzingen als link naar hun anker met de Nederlandse
 * aanhaling als tekst, parameters als hun waarde. Alle tekst uit de bron wordt ge-escapet; een
 * link met een onveilig schema ({@code javascript:}, {@code data:}, ...) wordt alleen zijn tekst.
 * Het resultaat is {@link VeiligeHtml}, zodat een HTML-sjabloon het niet nog eens escapet.
 */
public final class InlineHtml {

    private final VerwijzingTekst verwijzingen;
    private final ParameterTekst parameters;
    private final Function<Inline.Verwijzing, String> href;

    /** Verwijzingen als {@code #anker} binnen dezelfde pagina. */
    public InlineHtml(Verordening verordening) {
        this(verordening, null);
    }

    /**
     * @param href het adres van een verwijzing (voor een site met meerdere pagina's), of null voor
     *             {@code #anker} op dezelfde pagina
     */
    public InlineHtml(Verordening verordening, Function<Inline.Verwijzing, String> href) {
        this.verwijzingen = new VerwijzingTekst(verordening);
        this.parameters = new ParameterTekst(verordening);
        this.href = href != null ? href : v -> "#" + verwijzingen.anker(v);
    }

    public VeiligeHtml html(Tekst tekst) {
        StringBuilder sb = new StringBuilder();
        schrijf(tekst.delen(), sb);
        return new VeiligeHtml(sb.toString());
    }

    public VerwijzingTekst verwijzingen() {
        return verwijzingen;
    }

    private void schrijf(List<Inline> delen, StringBuilder sb) {
        Inline.Bezoeker<Void> b = new Inline.Bezoeker<>() {
            @Override
            public Void platte(Inline.Platte p) {
                sb.append(VeiligeHtml.escape(p.tekst()));
                return null;
            }

            @Override
            public Void nadruk(Inline.Nadruk n) {
                sb.append("<em>");
                schrijf(n.inhoud(), sb);
                sb.append("</em>");
                return null;
            }

            @Override
            public Void sterk(Inline.Sterk s) {
                sb.append("<strong>");
                schrijf(s.inhoud(), sb);
                sb.append("</strong>");
                return null;
            }

            @Override
            public Void link(Inline.Link l) {
                boolean veilig = veiligAdres(l.url());
                if (veilig) sb.append("<a href=\"").append(VeiligeHtml.escape(l.url().strip())).append("\">");
                schrijf(l.inhoud(), sb);
                if (veilig) sb.append("</a>");
                return null;
            }

            @Override
            public Void verwijzing(Inline.Verwijzing v) {
                String tekst = verwijzingen.tekst(v, sb);
                sb.append("<a class=\"verwijzing\" href=\"").append(VeiligeHtml.escape(href.apply(v))).append("\">")
                        .append(VeiligeHtml.escape(tekst)).append("</a>");
                return null;
            }

            @Override
            public Void parameter(Inline.ParameterWaarde w) {
                sb.append(VeiligeHtml.escape(parameters.tekst(w)));
                return null;
            }
        };
        for (Inline i : delen) i.accept(b);
    }

    /**
     * Alleen http(s), mailto, tel en adressen zonder schema (relatief of {@code #anker}). Tekens die een
     * browser negeert (witruimte, besturingstekens) tellen niet mee, zodat "java\tscript:" ook valt.
     */
    static boolean veiligAdres(String url) {
        if (url == null || url.isBlank()) return false;
        String s = url.replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
        int dubbel = s.indexOf(':');
        int scheiding = firstOf(s, "/?#");
        if (dubbel < 0 || (scheiding >= 0 && scheiding < dubbel)) return true;
        String schema = s.substring(0, dubbel);
        return schema.equals("http") || schema.equals("https") || schema.equals("mailto") || schema.equals("tel");
    }

    private static int firstOf(String s, String tekens) {
        for (int i = 0; i < s.length(); i++) {
            if (tekens.indexOf(s.charAt(i)) >= 0) return i;
        }
        return -1;
    }
}
