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
    private static final char EERSTE_PLAATSHOUDER = '\uE000';
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
        blokkenVan(doc, scalar, b, r);
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

    private void blokkenVan(org.commonmark.node.Node parent, Node.Scalar scalar, Bewerkt b, List<Blok> r) {
        for (org.commonmark.node.Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            SourcePosition pos = positie(n, scalar, b);
            if (n instanceof Paragraph) {
                r.add(new Blok.Alinea(new Tekst(samenvoegen(inlines(n, scalar, b))), pos));
            } else if (n instanceof BulletList) {
                List<Onderdeel> items = new ArrayList<>();
                for (org.commonmark.node.Node li = n.getFirstChild(); li != null; li = li.getNext()) {
                    List<Blok> inhoud = new ArrayList<>();
                    blokkenVan(li, scalar, b, inhoud);
                    items.add(new Onderdeel(null, inhoud, positie(li, scalar, b)));
                }
                r.add(new Blok.Lijst(LijstSoort.OPSOMMING, items, pos));
            } else if (n instanceof OrderedList) {
                diag.error(LaadFout.TEKST_OPMAAK, pos, "genummerde lijst in lopende tekst; gebruik 'lid:' voor leden of 'onderdelen:' "
                        + "voor onderdelen, of schrijf '1\\.' als het nummer tekst is");
            } else if (!(n instanceof ListItem)) {
                diag.error(LaadFout.TEKST_OPMAAK, pos, "opmaak '" + n.getClass().getSimpleName().toLowerCase()
                        + "' is niet toegestaan in de tekst van een verordening (alleen alinea's, '-'-opsommingen, *cursief*, **vet** en links)");
            }
        }
    }

    private List<Inline> inlines(org.commonmark.node.Node parent, Node.Scalar scalar, Bewerkt b) {
        List<Inline> r = new ArrayList<>();
        for (org.commonmark.node.Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                splits(t.getLiteral(), scalar, b, r);
            } else if (n instanceof Emphasis) {
                r.add(new Inline.Nadruk(samenvoegen(inlines(n, scalar, b))));
            } else if (n instanceof StrongEmphasis) {
                r.add(new Inline.Sterk(samenvoegen(inlines(n, scalar, b))));
            } else if (n instanceof Link l) {
                r.add(new Inline.Link(l.getDestination(), samenvoegen(inlines(n, scalar, b))));
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                r.add(new Inline.Platte(" "));
            } else if (n instanceof Code c) {
                splits(c.getLiteral(), scalar, b, r);
            } else if (n instanceof HtmlInline h) {
                splits(h.getLiteral(), scalar, b, r);
            } else {
                diag.error(LaadFout.TEKST_OPMAAK, positie(n, scalar, b), "opmaak '" + n.getClass().getSimpleName().toLowerCase()
                        + "' is niet toegestaan in de tekst van een verordening");
            }
        }
        return r;
    }

    /** Splitst tekst op plaatshouders in platte tekst, verwijzingen en parameters. */
    private void splits(String literal, Node.Scalar scalar, Bewerkt b, List<Inline> r) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            int k = c - EERSTE_PLAATSHOUDER;
            if (k >= 0 && k < b.plaatshouders.size()) {
                if (sb.length() > 0) {
                    r.add(new Inline.Platte(sb.toString()));
                    sb.setLength(0);
                }
                Inline in = b.plaatshouders.get(k);
                if (in != null) r.add(in);
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
        int offset = 0;
        int line = 0;
        for (int i = 0; i < b.tekst.length() && line < s.getLineIndex(); i++) {
            if (b.tekst.charAt(i) == '\n') {
                line++;
                offset = i + 1;
            }
        }
        int bewerkt = Math.min(offset + s.getColumnIndex(), b.origineel.length);
        int orig = bewerkt < b.origineel.length ? b.origineel[bewerkt] : scalar.text().length();
        return locator.locate(scalar, orig);
    }

    private Bewerkt vervang(Node.Scalar scalar) {
        String v = scalar.text() == null ? "" : scalar.text();
        StringBuilder sb = new StringBuilder();
        List<Integer> origineel = new ArrayList<>();
        List<Inline> plaatshouders = new ArrayList<>();
        int i = 0;
        while (i < v.length()) {
            Matcher mv = VERWIJZING.matcher(v).region(i, v.length());
            Matcher mp = PARAMETER.matcher(v).region(i, v.length());
            boolean escaped = i > 0 && v.charAt(i - 1) == '\\';
            boolean isV = !escaped && v.startsWith("[[", i) && mv.lookingAt();
            boolean isP = !escaped && v.startsWith("{{", i) && mp.lookingAt();
            if (isV || isP) {
                SourcePosition pos = locator.locate(scalar, i);
                plaatshouders.add(isV ? verwijzing(mv, pos) : parameter(mp, pos));
                origineel.add(i);
                sb.append((char) (EERSTE_PLAATSHOUDER + plaatshouders.size() - 1));
                i = isV ? mv.end() : mp.end();
            } else {
                if (!escaped && (v.startsWith("[[", i) || v.startsWith("{{", i))) {
                    diag.error(LaadFout.VERWIJZING_ONGELDIG, locator.locate(scalar, i), "'" + v.substring(i, i + 2)
                            + "' zonder geldige afsluiting; schrijf een verwijzing als [[artikel-id]] of [[artikel-id#lid-2]], een parameter als {{parameter-id}}");
                }
                origineel.add(i);
                sb.append(v.charAt(i));
                i++;
            }
        }
        origineel.add(v.length());
        return new Bewerkt(sb.toString(), origineel.stream().mapToInt(Integer::intValue).toArray(), plaatshouders);
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
    private record Bewerkt(String tekst, int[] origineel, List<Inline> plaatshouders) {}
}
