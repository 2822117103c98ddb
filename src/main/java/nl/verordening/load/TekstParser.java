package nl.verordening.load;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.verordening.model.Blok;
import nl.verordening.model.Inline;
import nl.verordening.model.LijstSoort;
import nl.verordening.model.Onderdeel;
import nl.verordening.model.SourcePosition;
import nl.verordening.model.StabielId;
import nl.verordening.model.Tekst;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Ontleedt tekst in de kleine Markdown-subset van de bron: alinea's, opsommingen met '-', cursief,
 * vet, links, en de eigen notaties {@code [[id#lid-2.a]]} (verwijzing) en {@code {{id}}} (parameter).
 * Verwijzingen worden vóór Markdown vervangen door één teken uit het privégebied, zodat Markdown
 * ze niet opbreekt en hun precieze bronpositie bewaard blijft.
 */
final class TekstParser {

    static final Pattern VERWIJZING = Pattern.compile("\\[\\[([^\\[\\]#{}]*)(?:#([^\\[\\]]*))?]]");
    static final Pattern PARAMETER = Pattern.compile("\\{\\{([^{}]*)}}");
    private static final Pattern FRAGMENT = Pattern.compile("lid-([0-9]+[a-z]?)(?:\\.([a-z]+))?|onderdeel-([a-z]+)");
    /** Een plaatshouder is dit teken met twee "cijfers" uit de rest van het privégebied (U+E001–U+F8FF). */
    private static final char PLAATSHOUDER = '\uE000';
    private static final char CIJFER_0 = '\uE001';
    private static final int BASIS = '\uF8FF' - '\uE001' + 1;
    /** Zo diep mogen '-'-opsommingen in één tekst in elkaar staan. */
    static final int MAX_LIJSTDIEPTE = 8;
    /** Zo diep mogen cursief, vet en links in elkaar staan. */
    static final int MAX_OPMAAKDIEPTE = 8;
    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    private final Diagnostics diag;
    private final ScalarLocator locator;

    TekstParser(Diagnostics diag, ScalarLocator locator) {
        this.diag = diag;
        this.locator = locator;
    }

    /** Alinea's en opsommingen. */
    List<Blok> blokken(Node.Scalar scalar) {
        Bewerkt b = vervang(scalar);
        org.commonmark.node.Node doc = PARSER.parse(b.tekst);
        List<Blok> r = new ArrayList<>();
        blokkenVan(doc, scalar, b, r, 0);
        return r;
    }

    /** Eén stuk lopende tekst (kernwaarde, onderdeel van een zin); meerdere alinea's worden één. */
    Tekst tekst(Node.Scalar scalar) {
        List<Blok> bl = blokken(scalar);
        List<Inline> delen = new ArrayList<>();
        for (Blok blok : bl) {
            if (blok instanceof Blok.Alinea a) {
                if (!delen.isEmpty()) delen.add(new Inline.Platte(" "));
                delen.addAll(a.tekst().delen());
            } else {
                diag.error(LaadFout.TEKST_OPMAAK, blok.pos(), "hier mag alleen lopende tekst staan, geen opsomming");
            }
        }
        return new Tekst(samenvoegen(delen));
    }

    private void blokkenVan(org.commonmark.node.Node parent, Node.Scalar scalar, Bewerkt b, List<Blok> r, int diepte) {
        for (org.commonmark.node.Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            SourcePosition pos = positie(n, scalar, b);
            if (n instanceof Paragraph) {
                r.add(new Blok.Alinea(new Tekst(samenvoegen(inlines(n, scalar, b, 0))), pos));
            } else if (n instanceof BulletList) {
                if (diepte >= MAX_LIJSTDIEPTE) {
                    diag.error(LaadFout.TE_DIEP, pos, "opsommingen zijn hier meer dan " + MAX_LIJSTDIEPTE + " niveaus diep in elkaar"
                            + " genest; zo diep gaat geen verordening: controleer de inspringing van de '-'");
                    return;
                }
                List<Onderdeel> items = new ArrayList<>();
                for (org.commonmark.node.Node li = n.getFirstChild(); li != null; li = li.getNext()) {
                    SourcePosition liPos = positie(li, scalar, b);
                    List<Blok> inhoud = new ArrayList<>();
                    blokkenVan(li, scalar, b, inhoud, diepte + 1);
                    items.add(new Onderdeel(null, inhoud, liPos));
                }
                r.add(new Blok.Lijst(LijstSoort.OPSOMMING, items, pos));
            } else if (n instanceof OrderedList) {
                diag.error(LaadFout.TEKST_OPMAAK, pos, "genummerde lijst in lopende tekst; gebruik 'lid:' voor leden of 'onderdelen:' "
                        + "voor onderdelen, of schrijf '1\\.' als het nummer tekst is");
            } else if (n instanceof HtmlBlock h) {
                html(h.getLiteral(), pos);
            } else if (!(n instanceof ListItem)) {
                diag.error(LaadFout.TEKST_OPMAAK, pos, "opmaak '" + n.getClass().getSimpleName().toLowerCase()
                        + "' is niet toegestaan in de tekst van een verordening (alleen alinea's, '-'-opsommingen, *cursief*, **vet** en links)");
            }
        }
    }

    private void html(String literal, SourcePosition pos) {
        String tag = literal.strip();
        int eind = tag.indexOf('>');
        if (eind > 0 && eind < 40) tag = tag.substring(0, eind + 1);
        else if (tag.length() > 40) tag = tag.substring(0, 40) + "...";
        diag.error(LaadFout.HTML_IN_TEKST, pos, "HTML ('" + tag + "') is niet toegestaan in de tekst; gebruik *cursief*, **vet**"
                + " en [links](https://...), of schrijf '\\<' als u het teken < zelf bedoelt");
    }

    private List<Inline> inlines(org.commonmark.node.Node parent, Node.Scalar scalar, Bewerkt b, int diepte) {
        List<Inline> r = new ArrayList<>();
        if (diepte > MAX_OPMAAKDIEPTE) {
            diag.error(LaadFout.TE_DIEP, positie(parent, scalar, b), "cursief, vet en links zijn hier meer dan " + MAX_OPMAAKDIEPTE
                    + " keer in elkaar genest; controleer de '*' en '_'");
            return r;
        }
        for (org.commonmark.node.Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                splits(t.getLiteral(), scalar, b, r);
            } else if (n instanceof Emphasis) {
                r.add(new Inline.Nadruk(samenvoegen(inlines(n, scalar, b, diepte + 1))));
            } else if (n instanceof StrongEmphasis) {
                r.add(new Inline.Sterk(samenvoegen(inlines(n, scalar, b, diepte + 1))));
            } else if (n instanceof Link l) {
                if (onveilig(l.getDestination())) {
                    diag.error(LaadFout.LINK_ONVEILIG, positie(n, scalar, b), "link naar '" + kort(l.getDestination())
                            + "': een link met javascript:, vbscript:, data: of file: kan code uitvoeren of de lezer misleiden;"
                            + " gebruik een https://-adres");
                }
                r.add(new Inline.Link(l.getDestination(), samenvoegen(inlines(n, scalar, b, diepte + 1))));
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                r.add(new Inline.Platte(" "));
            } else if (n instanceof Code c) {
                splits(c.getLiteral(), scalar, b, r);
            } else if (n instanceof HtmlInline h) {
                html(h.getLiteral(), positie(n, scalar, b));
            } else {
                diag.error(LaadFout.TEKST_OPMAAK, positie(n, scalar, b), "opmaak '" + n.getClass().getSimpleName().toLowerCase()
                        + "' is niet toegestaan in de tekst van een verordening");
            }
        }
        return r;
    }

    /** Een linkdoel dat code uitvoert of inhoud meebrengt; hoofdletters en witruimte tellen niet. */
    static boolean onveilig(String doel) {
        if (doel == null) return false;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < doel.length() && sb.length() < 12; i++) {
            char c = doel.charAt(i);
            if (c > ' ' && c != 0x7F) sb.append(Character.toLowerCase(c));
        }
        String d = sb.toString();
        return d.startsWith("javascript:") || d.startsWith("vbscript:") || d.startsWith("data:") || d.startsWith("file:");
    }

    private static String kort(String s) {
        return s.length() <= 30 ? s : s.substring(0, 30) + "...";
    }

    /** Splitst tekst op plaatshouders in platte tekst, verwijzingen en parameters. */
    private void splits(String literal, Node.Scalar scalar, Bewerkt b, List<Inline> r) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            int k = c == PLAATSHOUDER && i + 2 < literal.length() + 0 && i + 2 <= literal.length() - 1
                    ? (literal.charAt(i + 1) - CIJFER_0) * BASIS + (literal.charAt(i + 2) - CIJFER_0) : -1;
            if (k >= 0 && k < b.plaatshouders.size() && literal.charAt(i + 1) >= CIJFER_0 && literal.charAt(i + 2) >= CIJFER_0) {
                if (sb.length() > 0) {
                    r.add(new Inline.Platte(sb.toString()));
                    sb.setLength(0);
                }
                Inline in = b.plaatshouders.get(k);
                if (in != null) r.add(in);
                i += 2;
            } else {
                sb.append(c);
            }
        }
        if (sb.length() > 0) r.add(new Inline.Platte(sb.toString()));
    }

    private static List<Inline> samenvoegen(List<Inline> delen) {
        List<Inline> r = new ArrayList<>();
        for (Inline i : delen) {
            if (i instanceof Inline.Platte p && !r.isEmpty() && r.get(r.size() - 1) instanceof Inline.Platte q) {
                r.set(r.size() - 1, new Inline.Platte(q.tekst() + p.tekst()));
            } else {
                r.add(i);
            }
        }
        return r;
    }

    private SourcePosition positie(org.commonmark.node.Node n, Node.Scalar scalar, Bewerkt b) {
        List<SourceSpan> spans = n.getSourceSpans();
        if (spans.isEmpty()) return scalar.pos();
        SourceSpan s = spans.get(0);
        int regel = Math.min(s.getLineIndex(), b.regelbegin.length - 1);
        int bewerkt = Math.min(b.regelbegin[regel] + s.getColumnIndex(), b.origineel.length);
        int orig = bewerkt < b.origineel.length ? b.origineel[bewerkt] : scalar.text().length();
        return locator.locate(scalar, orig);
    }

    /** Vervangt verwijzingen en parameters door plaatshouders; lineair in de lengte van de tekst. */
    private Bewerkt vervang(Node.Scalar scalar) {
        String v = scalar.text() == null ? "" : scalar.text();
        StringBuilder sb = new StringBuilder(v.length());
        int[] origineel = new int[v.length() + 1];
        int o = 0;
        List<Inline> plaatshouders = new ArrayList<>();
        Matcher mv = VERWIJZING.matcher(v);
        Matcher mp = PARAMETER.matcher(v);
        int i = 0;
        while (i < v.length()) {
            boolean escaped = i > 0 && v.charAt(i - 1) == '\\';
            boolean kanV = !escaped && v.startsWith("[[", i);
            boolean kanP = !escaped && v.startsWith("{{", i);
            boolean isV = kanV && mv.region(i, v.length()).lookingAt();
            boolean isP = !isV && kanP && mp.region(i, v.length()).lookingAt();
            if (isV || isP) {
                SourcePosition pos = locator.locate(scalar, i);
                int k = plaatshouders.size();
                plaatshouders.add(isV ? verwijzing(mv, pos) : parameter(mp, pos));
                // Drie tekens: het merk en het volgnummer in twee cijfers van het privégebied (tot 40 miljoen).
                if (o + 3 > origineel.length) origineel = java.util.Arrays.copyOf(origineel, origineel.length * 2 + 3);
                for (int x = 0; x < 3; x++) origineel[o++] = i;
                sb.append(PLAATSHOUDER).append((char) (CIJFER_0 + k / BASIS)).append((char) (CIJFER_0 + k % BASIS));
                i = isV ? mv.end() : mp.end();
            } else {
                if (kanV || kanP) {
                    diag.error(LaadFout.VERWIJZING_ONGELDIG, locator.locate(scalar, i), "'" + v.substring(i, i + 2)
                            + "' zonder geldige afsluiting; schrijf een verwijzing als [[artikel-id]] of [[artikel-id#lid-2]], een parameter als {{parameter-id}}");
                }
                origineel[o++] = i;
                sb.append(v.charAt(i));
                i++;
            }
        }
        if (o + 1 > origineel.length) origineel = java.util.Arrays.copyOf(origineel, o + 1);
        origineel[o++] = v.length();
        String tekst = sb.toString();
        return new Bewerkt(tekst, java.util.Arrays.copyOf(origineel, o), plaatshouders, Posities.regelbeginnen(tekst));
    }

    private Inline verwijzing(Matcher m, SourcePosition pos) {
        String doel = m.group(1).strip();
        String fragment = m.group(2);
        if (!StabielId.geldig(doel)) {
            diag.error(LaadFout.VERWIJZING_ONGELDIG, pos, "ongeldig verwijzingsdoel '" + doel + "': een id bestaat uit kleine letters, cijfers en '-'");
            return null;
        }
        if (fragment == null) return new Inline.Verwijzing(doel, null, null, pos);
        Matcher f = FRAGMENT.matcher(fragment.strip());
        if (!f.matches()) {
            diag.error(LaadFout.VERWIJZING_ONGELDIG, pos, "ongeldig deel '#" + fragment + "' in verwijzing naar '" + doel
                    + "'; gebruik #lid-2, #lid-2.a of #onderdeel-a");
            return null;
        }
        return f.group(3) != null ? new Inline.Verwijzing(doel, null, f.group(3), pos)
                : new Inline.Verwijzing(doel, f.group(1), f.group(2), pos);
    }

    private Inline parameter(Matcher m, SourcePosition pos) {
        String id = m.group(1).strip();
        if (!StabielId.geldig(id)) {
            diag.error(LaadFout.PARAMETER_ONGELDIG, pos, "ongeldige parameternaam '" + id + "': gebruik kleine letters, cijfers en '-'");
            return null;
        }
        return new Inline.ParameterWaarde(id, pos);
    }

    /** De tekst met plaatshouders, per teken de index in de oorspronkelijke waarde. */
    private record Bewerkt(String tekst, int[] origineel, List<Inline> plaatshouders, int[] regelbegin) {}
}
