package nl.verordening.importer.docx;

import jakarta.xml.bind.JAXBElement;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.verordening.importer.ImportOptions;
import nl.verordening.importer.ImportResult;
import nl.verordening.importer.TextImporter;
import org.docx4j.model.listnumbering.Emulator;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.StyleDefinitionsPart;
import org.docx4j.wml.Br;
import org.docx4j.wml.ContentAccessor;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.R;
import org.docx4j.wml.Style;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Text;
import org.docx4j.wml.Tr;

/**
 * Leest een Word-document (DOCX) van een verordening en bouwt het model via de regels van de
 * {@link TextImporter}: het document wordt eerst de tekst die de lezer ziet, en Word geeft daarbij wat
 * een PDF kwijt is.
 *
 * <ul>
 *   <li>Elke alinea wordt één regel; een lege alinea een lege regel; een regeleinde in een alinea
 *       (Shift+Enter) een nieuwe regel.</li>
 *   <li>Automatische nummering wordt het label dat de lezer ziet ("1.", "a.", "1°", "(2)"), berekend
 *       met de nummeringsemulator van docx4j; een opsommingsteken wordt "•".</li>
 *   <li>Koppen (opmaakprofiel Kop 1/Heading 1 tot en met Kop 3) krijgen een lege regel ervoor, zodat
 *       ze nooit aan de vorige alinea vastgeplakt worden; wat de kop is (hoofdstuk, paragraaf,
 *       artikel) volgt uit de tekst, zoals bij platte tekst ("Hoofdstuk 2", "§ 2.1", "Artikel 3").</li>
 *   <li>Een tabel wordt een blok regels met de cellen gescheiden door " | ", met een lege regel
 *       ervoor en erna: de importeur maakt er een {@code Blok.Tabel} van.</li>
 * </ul>
 *
 * Een document zonder opmaakprofielen of nummering (getypt als platte tekst) valt zo vanzelf terug
 * op de tekstregels. Regelnummers in bevindingen zijn regels van die tekst ({@link Resultaat#tekst()}),
 * die de opdracht {@code import docx} naast de bron bewaart.
 */
public final class DocxImporter {

    /** De import en de tekst waarop hij gedaan is (regelnummers in bevindingen verwijzen daarnaar). */
    public record Resultaat(ImportResult importResultaat, String tekst) {}

    /** Een document dat geen leesbare DOCX is. */
    public static final class OnleesbaarDocument extends Exception {
        OnleesbaarDocument(String bericht, Throwable oorzaak) {
            super(bericht, oorzaak);
        }
    }

    private static final Pattern KOPPROFIEL = Pattern.compile("(?:heading|kop)([1-9])");

    private final ImportOptions options;

    public DocxImporter(ImportOptions options) {
        this.options = options == null ? new ImportOptions(null) : options;
    }

    /** Leest het bestand en importeert het; {@code tekstnaam} komt in de bronplekken van de bevindingen. */
    public Resultaat importeer(Path bestand, String tekstnaam) throws IOException, OnleesbaarDocument {
        WordprocessingMLPackage pkg;
        try (InputStream in = Files.newInputStream(bestand)) {
            pkg = WordprocessingMLPackage.load(in);
        } catch (Docx4JException | RuntimeException e) {
            throw new OnleesbaarDocument(bestand + " is geen leesbaar Word-document (DOCX): "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
        String tekst = tekst(pkg);
        return new Resultaat(new TextImporter(options).importText(tekst, tekstnaam), tekst);
    }

    /** Het document als de tekst die de lezer ziet (zie de klassebeschrijving). */
    public static String tekst(WordprocessingMLPackage pkg) {
        List<String> regels = new ArrayList<>();
        StyleDefinitionsPart stijlen = pkg.getMainDocumentPart().getStyleDefinitionsPart();
        for (Object o : pkg.getMainDocumentPart().getContent()) {
            Object e = uitpakken(o);
            if (e instanceof P p) {
                String label = label(pkg, p);
                String t = alineatekst(p);
                if (kopniveau(p, stijlen) > 0 && !regels.isEmpty() && !regels.get(regels.size() - 1).isBlank()) regels.add("");
                String[] delen = t.split("\n", -1);
                for (int i = 0; i < delen.length; i++) {
                    String regel = (i == 0 && !label.isEmpty() ? label + " " : "") + delen[i];
                    regels.add(regel.stripTrailing());
                }
            } else if (e instanceof Tbl tbl) {
                if (!regels.isEmpty() && !regels.get(regels.size() - 1).isBlank()) regels.add("");
                for (Object r : tbl.getContent()) {
                    if (uitpakken(r) instanceof Tr tr) regels.add(rij(tr));
                }
                regels.add("");
            }
        }
        return String.join("\n", regels) + "\n";
    }

    /** De cellen van een rij, gescheiden door " | "; alinea's in een cel met een spatie verbonden. */
    private static String rij(Tr tr) {
        List<String> cellen = new ArrayList<>();
        for (Object c : tr.getContent()) {
            if (!(uitpakken(c) instanceof Tc tc)) continue;
            List<String> alineas = new ArrayList<>();
            for (Object o : tc.getContent()) {
                if (uitpakken(o) instanceof P p) {
                    String t = alineatekst(p).replace('\n', ' ').replace('\t', ' ').strip();
                    if (!t.isEmpty()) alineas.add(t);
                }
            }
            cellen.add(String.join(" ", alineas));
        }
        return String.join(" | ", cellen).strip();
    }

    /** Het zichtbare nummer van een genummerde alinea ("1.", "a.", "1°"), "•" bij een opsommingsteken, anders "". */
    private static String label(WordprocessingMLPackage pkg, P p) {
        PPr ppr = p.getPPr();
        if (ppr == null || (ppr.getNumPr() == null && ppr.getPStyle() == null)) return "";
        try {
            Emulator.ResultTriple r = Emulator.getNumber(pkg, ppr);
            if (r == null) return "";
            if (r.getBullet() != null) return "\u2022";
            String n = r.getNumString();
            return n == null ? "" : n.strip();
        } catch (RuntimeException e) {
            return ""; // een kapotte nummeringsdefinitie: dan de tekst zonder nummer
        }
    }

    /** 1 tot en met 9 voor een kopprofiel (Kop 1, Heading 2, ...), anders 0. */
    static int kopniveau(P p, StyleDefinitionsPart stijlen) {
        if (p.getPPr() == null || p.getPPr().getPStyle() == null) return 0;
        String id = p.getPPr().getPStyle().getVal();
        List<String> namen = new ArrayList<>();
        namen.add(id);
        if (stijlen != null) {
            Style s = stijlen.getStyleById(id);
            if (s != null && s.getName() != null) namen.add(s.getName().getVal());
        }
        for (String naam : namen) {
            if (naam == null) continue;
            Matcher m = KOPPROFIEL.matcher(naam.toLowerCase(Locale.ROOT).replace(" ", ""));
            if (m.matches()) return Integer.parseInt(m.group(1));
        }
        return 0;
    }

    /** De tekst van een alinea: tekstdelen, tabs als tab, regeleinden als nieuwe regel; verwijderde tekst niet. */
    static String alineatekst(P p) {
        StringBuilder sb = new StringBuilder();
        verzamel(p.getContent(), sb);
        return sb.toString().replace('\u00a0', ' ');
    }

    private static void verzamel(List<Object> inhoud, StringBuilder sb) {
        for (Object o : inhoud) {
            Object e = uitpakken(o);
            if (e instanceof Text t) {
                sb.append(t.getValue());
            } else if (e instanceof R.Tab || e instanceof R.Ptab) {
                sb.append('\t');
            } else if (e instanceof Br) {
                sb.append('\n');
            } else if (e instanceof R.NoBreakHyphen) {
                sb.append('-');
            } else if (e instanceof R.SoftHyphen) {
                // afbreekpunt: geen teken
            } else if (e instanceof ContentAccessor c && !(e instanceof P)) {
                verzamel(c.getContent(), sb); // runs, hyperlinks, velden, ingevoegde tekst
            }
        }
    }

    private static Object uitpakken(Object o) {
        return o instanceof JAXBElement<?> j ? j.getValue() : o;
    }
}
