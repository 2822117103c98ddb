package nl.verordening.check.structuur;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.verordening.check.Check;
import nl.verordening.check.CheckInfo;
import nl.verordening.model.Blok;
import nl.verordening.model.Finding;
import nl.verordening.model.Metadata;
import nl.verordening.model.ModelBezoeker;
import nl.verordening.model.ModelWalker;
import nl.verordening.model.Pad;
import nl.verordening.model.Severity;
import nl.verordening.model.Verordening;

/**
 * De gegevens in {@code verordening.yaml} en wat de artikelen zelf zeggen: de citeertitel ("Deze
 * verordening wordt aangehaald als ..." of "... wordt genoemd: ..."), de datum van inwerkingtreding
 * ("treedt in werking met ingang van 1 januari 2026") en de naam van de ingetrokken verordening
 * ("wordt ingetrokken", "vervangt"). Een verschil, ook alleen in hoofdletters, maakt de citeertitel
 * onzeker: schrijf hem overal gelijk.
 */
@CheckInfo(code = "MET001", id = "metadata-tekst", ernst = Severity.WARNING,
        samenvatting = "citeertitel, inwerkingtreding of ingetrokken verordening verschilt tussen verordening.yaml en de tekst")
public final class MetadataCheck implements Check {

    private static final Pattern CITEERTITEL = Pattern.compile(
            "(?:wordt aangehaald als|wordt (?:ook )?genoemd|citeertitel)\\s*:?\\s*[‘'“\"]?(.+?)[’'”\"]?\\s*\\.?$");
    private static final Pattern IN_WERKING = Pattern.compile(
            "treedt in werking (?:met ingang van|op) (\\d{1,2}) (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) (\\d{4})");
    private static final Pattern VERORDENING = Pattern.compile("\\b[Vv]erordening(?: (?:[A-Z][\\p{L}-]*|gemeente|van|de|het|en|op|voor))+ \\d{4}");
    private static final List<String> MAANDEN = List.of("januari", "februari", "maart", "april", "mei", "juni", "juli",
            "augustus", "september", "oktober", "november", "december");

    @Override
    public List<Finding> check(Verordening v) {
        Metadata m = v.metadata();
        List<Finding> r = new ArrayList<>();
        ModelWalker.walk(v, new ModelBezoeker() {
            @Override
            public void alinea(Blok.Alinea a, Pad pad) {
                if (pad.artikel() == null || pad.deel() != Pad.Deel.INHOUD) return;
                String t = a.tekst().platteTekst().replaceAll("\\s+", " ").strip();
                Matcher c = CITEERTITEL.matcher(t);
                if (m.citeertitel() != null && c.find() && t.toLowerCase().startsWith("deze verordening")) {
                    String tekst = c.group(1).strip();
                    if (!tekst.equals(m.citeertitel())) {
                        r.add(bevinding(a.pos(), pad, pad.omschrijving() + " noemt als citeertitel '" + tekst
                                + "', maar verordening.yaml heeft '" + m.citeertitel() + "'", m.citeertitel(), tekst));
                    }
                }
                Matcher w = IN_WERKING.matcher(t);
                if (m.inwerkingtreding() != null && w.find()) {
                    LocalDate d = LocalDate.of(Integer.parseInt(w.group(3)), MAANDEN.indexOf(w.group(2)) + 1, Integer.parseInt(w.group(1)));
                    if (!d.equals(m.inwerkingtreding())) {
                        r.add(bevinding(a.pos(), pad, pad.omschrijving() + " laat de verordening in werking treden op "
                                + w.group(1) + " " + w.group(2) + " " + w.group(3) + ", maar verordening.yaml heeft " + m.inwerkingtreding(),
                                null, w.group()));
                    }
                }
                if (m.intrekt() != null && (t.contains("ingetrokken") || t.contains("vervangt") || t.contains("intrekking"))) {
                    Matcher n = VERORDENING.matcher(t);
                    while (n.find()) {
                        String naam = n.group();
                        if (naam.equals(m.citeertitel()) || naam.equals(m.intrekt()) || naam.toLowerCase().startsWith("verordening wordt")) continue;
                        if (!naam.matches("(?i)verordening [A-Z].*") && !naam.equalsIgnoreCase(m.intrekt())) continue;
                        r.add(bevinding(a.pos(), pad, pad.omschrijving() + " noemt de ingetrokken verordening '" + naam
                                + "', maar verordening.yaml (intrekt) noemt haar '" + m.intrekt() + "'; schrijf de citeertitel overal gelijk",
                                m.intrekt(), naam));
                    }
                }
            }
        });
        return r;
    }
}
