package nl.verordening.render.bron;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.verordening.model.Inline;
import nl.verordening.model.Tekst;

/**
 * Een {@link Tekst} terug als bron-Markdown: platte tekst met escapes waar Markdown anders iets
 * anders zou lezen, verwijzingen als {@code [[id#lid-2.a]]}, parameters als {@code {{id}}}.
 */
final class MarkdownText {

    private static final Pattern ENTITEIT = Pattern.compile("&(#?[A-Za-z0-9]+;)");
    private static final Pattern LIJSTBEGIN = Pattern.compile("^([0-9]{1,9})([.)])(\\s|$)");

    private MarkdownText() {}

    static String van(Tekst t) {
        StringBuilder sb = new StringBuilder();
        schrijf(t.delen(), sb);
        String s = sb.toString();
        // Aan het begin van een regel lezen Markdown deze als kop, citaat, lijst.
        if (s.startsWith("#") || s.startsWith(">") || s.startsWith("+ ") || s.startsWith("- ") || s.equals("-")
                || s.startsWith("+") && s.length() == 1) {
            s = "\\" + s;
        }
        Matcher m = LIJSTBEGIN.matcher(s);
        if (m.find()) s = m.group(1) + "\\" + s.substring(m.group(1).length());
        return s;
    }

    private static void schrijf(List<Inline> delen, StringBuilder sb) {
        Inline.Bezoeker<Void> b = new Inline.Bezoeker<>() {
            @Override
            public Void platte(Inline.Platte p) {
                sb.append(escape(p.tekst()));
                return null;
            }

            @Override
            public Void nadruk(Inline.Nadruk n) {
                sb.append('*');
                schrijf(n.inhoud(), sb);
                sb.append('*');
                return null;
            }

            @Override
            public Void sterk(Inline.Sterk s) {
                sb.append("**");
                schrijf(s.inhoud(), sb);
                sb.append("**");
                return null;
            }

            @Override
            public Void link(Inline.Link l) {
                sb.append('[');
                schrijf(l.inhoud(), sb);
                String url = l.url();
                sb.append("](").append(url.matches(".*[\\s()].*") ? "<" + url + ">" : url).append(')');
                return null;
            }

            @Override
            public Void verwijzing(Inline.Verwijzing v) {
                sb.append(v.notatie());
                return null;
            }

            @Override
            public Void parameter(Inline.ParameterWaarde w) {
                sb.append(w.notatie());
                return null;
            }
        };
        for (Inline i : delen) i.accept(b);
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\': case '*': case '_': case '`': case '[': case ']': case '<':
                    sb.append('\\').append(c);
                    break;
                case '{':
                    boolean naastAccolade = (i + 1 < s.length() && s.charAt(i + 1) == '{') || (i > 0 && s.charAt(i - 1) == '{');
                    sb.append(naastAccolade ? "\\{" : "{");
                    break;
                case '&':
                    sb.append(ENTITEIT.matcher(s).region(i, s.length()).lookingAt() ? "\\&" : "&");
                    break;
                default:
                    sb.append(c);
            }
        }
        return sb.toString();
    }
}
