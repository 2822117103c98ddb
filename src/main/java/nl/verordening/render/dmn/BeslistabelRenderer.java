package nl.verordening.render.dmn;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.verordening.model.Artikel;
import nl.verordening.model.ModelIndex;
import nl.verordening.model.Verordening;
import nl.verordening.model.beslis.Aggregatie;
import nl.verordening.model.beslis.Beslistabel;
import nl.verordening.model.beslis.Grondslag;
import nl.verordening.model.beslis.HitPolicy;
import nl.verordening.model.beslis.Invoer;
import nl.verordening.model.beslis.Regel;
import nl.verordening.model.beslis.Soort;
import nl.verordening.model.beslis.Toets;
import nl.verordening.model.beslis.Uitvoer;
import nl.verordening.model.beslis.Voorbeeld;
import nl.verordening.model.beslis.Waarde;
import nl.verordening.render.Output;
import nl.verordening.render.ParameterTekst;
import nl.verordening.render.Renderer;

/**
 * Per beslistabel drie bestanden in {@code beslistabellen/}: DMN 1.3 ({@code <id>.dmn}, uit te voeren
 * door Camunda en Drools), JSON met de parameters ingevuld ({@code <id>.json}) en een leesbare tabel
 * in Markdown ({@code <id>.md}). Parameters gelden op de datum van inwerkingtreding.
 */
public final class BeslistabelRenderer implements Renderer {

    public static final String DMN_NS = "https://www.omg.org/spec/DMN/20191111/MODEL/";

    @Override
    public String name() {
        return "beslistabellen";
    }

    @Override
    public void render(Verordening v, Output output) throws IOException {
        if (v.beslistabellen().isEmpty()) return;
        LocalDate datum = v.metadata() != null && v.metadata().inwerkingtreding() != null ? v.metadata().inwerkingtreding() : LocalDate.of(2000, 1, 1);
        Feel feel = new Feel(v, datum);
        ModelIndex index = v.index();
        for (Beslistabel t : v.beslistabellen()) {
            output.writeString(name() + "/" + t.id() + ".dmn", dmn(v, t, feel));
            output.writeString(name() + "/" + t.id() + ".json", json(t, feel, datum, index));
            output.writeString(name() + "/" + t.id() + ".md", markdown(t, feel, datum, index));
        }
    }

    /** Het DMN-document van één tabel; een {@code inputData} per invoer, zodat ook Drools de namen kent. */
    public static String dmn(Verordening v, Beslistabel t, LocalDate datum) {
        return dmn(v, t, new Feel(v, datum));
    }

    private static String dmn(Verordening v, Beslistabel t, Feel feel) {
        String gemeente = v.metadata() == null ? "verordening" : v.metadata().cbsCode();
        Xml x = new Xml();
        x.open("definitions", "xmlns", DMN_NS, "id", "definities_" + id(t.id()), "name", t.titel(),
                "namespace", "https://verordening.nl/" + gemeente + "/beslistabellen/" + t.id());
        boolean samengesteld = t.uitvoer().size() > 1 && !meervoudig(t);
        if (samengesteld) {
            // Meer uitvoer geeft een context; Drools wil daar een type voor.
            x.open("itemDefinition", "id", "type_" + id(t.id()), "name", typeNaam(t));
            for (Uitvoer u : t.uitvoer()) {
                x.open("itemComponent", "id", "type_" + id(t.id()) + "_" + u.naam(), "name", u.naam());
                x.tekst("typeRef", u.soort().feel());
                x.sluit("itemComponent");
            }
            x.sluit("itemDefinition");
        }
        for (Invoer in : t.invoer()) {
            x.open("inputData", "id", "invoer_" + in.naam(), "name", in.naam());
            x.leeg("variable", "id", "variabele_" + in.naam(), "name", in.naam(), "typeRef", in.soort().feel());
            x.sluit("inputData");
        }
        x.open("decision", "id", id(t.id()), "name", t.id());
        x.leeg("variable", "id", "variabele_" + id(t.id()), "name", t.id(), "typeRef", samengesteld ? typeNaam(t)
                : t.uitvoer().size() == 1 && !meervoudig(t) ? t.uitvoer().get(0).soort().feel() : null);
        for (Invoer in : t.invoer()) {
            x.open("informationRequirement", "id", "vereist_" + in.naam());
            x.leeg("requiredInput", "href", "#invoer_" + in.naam());
            x.sluit("informationRequirement");
        }
        x.open("decisionTable", "id", "tabel_" + id(t.id()), "hitPolicy", t.hitPolicy().dmn(),
                "aggregation", t.aggregatie() == Aggregatie.GEEN ? null : t.aggregatie().name(),
                "outputLabel", t.titel());
        for (int i = 0; i < t.invoer().size(); i++) {
            Invoer in = t.invoer().get(i);
            x.open("input", "id", "invoer_" + (i + 1), "label", in.label());
            x.open("inputExpression", "id", "invoerexpressie_" + (i + 1), "typeRef", in.soort().feel());
            x.tekst("text", in.naam());
            x.sluit("inputExpression");
            String domein = domein(in);
            if (domein != null) {
                x.open("inputValues", "id", "invoerwaarden_" + (i + 1));
                x.tekst("text", domein);
                x.sluit("inputValues");
            }
            x.sluit("input");
        }
        for (int u = 0; u < t.uitvoer().size(); u++) {
            Uitvoer uit = t.uitvoer().get(u);
            boolean waarden = !uit.waarden().isEmpty() && (t.hitPolicy() == HitPolicy.PRIORITY || uit.soort() == Soort.KEUZE);
            // DMN 1.3 (7.3.2): bij één uitvoer horen naam en type bij de beslissing, niet bij de kolom.
            String naam = t.uitvoer().size() == 1 ? null : uit.naam();
            String type = t.uitvoer().size() == 1 ? null : uit.soort().feel();
            if (!waarden) {
                x.leeg("output", "id", "uitvoer_" + (u + 1), "label", uit.label(), "name", naam, "typeRef", type);
                continue;
            }
            x.open("output", "id", "uitvoer_" + (u + 1), "label", uit.label(), "name", naam, "typeRef", type);
            {
                x.open("outputValues", "id", "uitvoerwaarden_" + (u + 1));
                List<String> w = new ArrayList<>();
                for (String s : uit.waarden()) w.add(uit.soort() == Soort.KEUZE ? Feel.tekst(s) : s);
                x.tekst("text", String.join(",", w));
                x.sluit("outputValues");
            }
            x.sluit("output");
        }
        for (Regel r : t.regels()) {
            x.open("rule", "id", "regel_" + r.nummer());
            if (!r.uitleg().isEmpty()) x.tekst("description", r.uitleg());
            for (int i = 0; i < r.toetsen().size(); i++) {
                x.open("inputEntry", "id", "regel_" + r.nummer() + "_invoer_" + (i + 1));
                x.tekst("text", feel.toets(r.toetsen().get(i)));
                x.sluit("inputEntry");
            }
            for (int u = 0; u < r.uitkomsten().size(); u++) {
                x.open("outputEntry", "id", "regel_" + r.nummer() + "_uitvoer_" + (u + 1));
                x.tekst("text", feel.waarde(r.uitkomsten().get(u)));
                x.sluit("outputEntry");
            }
            x.sluit("rule");
        }
        x.sluit("decisionTable");
        x.sluit("decision");
        x.sluit("definitions");
        return x.toString();
    }

    private static String typeNaam(Beslistabel t) {
        return "t_" + id(t.id());
    }

    private static boolean meervoudig(Beslistabel t) {
        return t.hitPolicy() == HitPolicy.RULE_ORDER || (t.hitPolicy() == HitPolicy.COLLECT && t.aggregatie() == Aggregatie.GEEN);
    }

    /** Alleen waar het domein op te sommen is: keuzes en waarheid. */
    static String domein(Invoer in) {
        if (in.soort() == Soort.KEUZE) {
            List<String> w = new ArrayList<>();
            for (String s : in.waarden()) w.add(Feel.tekst(s));
            return String.join(",", w);
        }
        if (in.soort() == Soort.WAARHEID) return "true,false";
        return null;
    }

    /** Het id van de beslissing in DMN: een XML-id, dus zonder streepjes. */
    public static String id(String s) {
        return s.replace('-', '_');
    }

    private static String json(Beslistabel t, Feel feel, LocalDate datum, ModelIndex index) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("titel", t.titel());
        m.put("peildatum", datum.toString());
        m.put("grondslag", grondslagen(t.grondslag(), index));
        m.put("hitpolicy", t.hitPolicy().dmn());
        if (t.aggregatie() != Aggregatie.GEEN) m.put("aggregatie", t.aggregatie().name());
        List<Object> invoer = new ArrayList<>();
        for (Invoer in : t.invoer()) {
            Map<String, Object> i = new LinkedHashMap<>();
            i.put("naam", in.naam());
            i.put("label", in.label());
            i.put("type", in.soort().bron());
            if (!in.eenheid().isEmpty()) i.put("eenheid", in.eenheid());
            if (!in.waarden().isEmpty()) i.put("waarden", in.waarden());
            if (in.geheel()) i.put("geheel", true);
            if (in.minimum() != null) i.put("minimum", in.minimum());
            if (in.maximum() != null) i.put("maximum", in.maximum());
            invoer.add(i);
        }
        m.put("invoer", invoer);
        List<Object> uitvoer = new ArrayList<>();
        for (Uitvoer u : t.uitvoer()) {
            Map<String, Object> i = new LinkedHashMap<>();
            i.put("naam", u.naam());
            i.put("label", u.label());
            i.put("type", u.soort().bron());
            if (!u.eenheid().isEmpty()) i.put("eenheid", u.eenheid());
            if (!u.waarden().isEmpty()) i.put("waarden", u.waarden());
            uitvoer.add(i);
        }
        m.put("uitvoer", uitvoer);
        List<Object> regels = new ArrayList<>();
        for (Regel r : t.regels()) {
            Map<String, Object> i = new LinkedHashMap<>();
            i.put("nummer", r.nummer());
            Map<String, Object> als = new LinkedHashMap<>();
            for (int k = 0; k < r.toetsen().size(); k++) als.put(t.invoer().get(k).naam(), feel.toets(r.toetsen().get(k)));
            i.put("als", als);
            Map<String, Object> dan = new LinkedHashMap<>();
            for (int k = 0; k < r.uitkomsten().size(); k++) dan.put(t.uitvoer().get(k).naam(), feel.object(r.uitkomsten().get(k)));
            i.put("dan", dan);
            i.put("uitleg", r.uitleg());
            if (r.grondslag() != null) i.put("grondslag", grondslagen(List.of(r.grondslag()), index).get(0));
            regels.add(i);
        }
        m.put("regels", regels);
        List<Object> voorbeelden = new ArrayList<>();
        for (Voorbeeld vb : t.voorbeelden()) {
            Map<String, Object> i = new LinkedHashMap<>();
            i.put("naam", vb.naam());
            Map<String, Object> in = new LinkedHashMap<>();
            vb.invoer().forEach((k, w) -> in.put(k, feel.object(w)));
            i.put("invoer", in);
            Map<String, Object> uit = new LinkedHashMap<>();
            vb.uitkomst().forEach((k, w) -> uit.put(k, feel.object(w)));
            i.put("uitkomst", uit);
            voorbeelden.add(i);
        }
        m.put("voorbeelden", voorbeelden);
        Map<String, Object> parameters = new TreeMap<>();
        for (Regel r : t.regels()) {
            for (Toets toets : r.toetsen()) for (Toets.Term term : toets.termen()) parameters(term, feel, parameters);
            for (Waarde w : r.uitkomsten()) if (w instanceof Waarde.Parameter p) parameters.put(p.id(), feel.getal(p.id()));
        }
        m.put("parameters", parameters);
        return Json.waarde(m, 0) + "\n";
    }

    private static void parameters(Toets.Term term, Feel feel, Map<String, Object> r) {
        List<Waarde> ws = term instanceof Toets.Gelijk g ? List.of(g.waarde()) : term instanceof Toets.Vergelijking v ? List.of(v.waarde())
                : List.of(((Toets.Bereik) term).van(), ((Toets.Bereik) term).tot());
        for (Waarde w : ws) if (w instanceof Waarde.Parameter p) r.put(p.id(), feel.getal(p.id()));
    }

    private static List<Map<String, Object>> grondslagen(List<Grondslag> gs, ModelIndex index) {
        List<Map<String, Object>> r = new ArrayList<>();
        for (Grondslag g : gs) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("artikel", g.artikel());
            index.artikel(g.artikel()).map(Artikel::nummer).ifPresent(n -> m.put("nummer", n));
            if (g.lid() != null) m.put("lid", g.lid());
            r.add(m);
        }
        return r;
    }

    private static String markdown(Beslistabel t, Feel feel, LocalDate datum, ModelIndex index) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(t.titel()).append("\n\n");
        List<String> g = new ArrayList<>();
        for (Grondslag x : t.grondslag()) g.add(grondslag(x, index));
        sb.append("Grondslag: ").append(String.join("; ", g)).append(". Hitpolicy: ").append(t.hitPolicy().dmn())
                .append(t.aggregatie() == Aggregatie.GEEN ? "" : " " + t.aggregatie()).append(". Bedragen en grenzen op ")
                .append(datum).append(".\n\n");
        sb.append("| nr |");
        for (Invoer in : t.invoer()) sb.append(' ').append(cel(in.label())).append(" |");
        for (Uitvoer u : t.uitvoer()) sb.append(" **").append(cel(u.label())).append("** |");
        sb.append(" uitleg |\n|---:|");
        sb.append("---|".repeat(t.invoer().size() + t.uitvoer().size())).append("---|\n");
        for (Regel r : t.regels()) {
            sb.append("| ").append(r.nummer()).append(" |");
            for (Toets toets : r.toetsen()) sb.append(' ').append(cel(feel.toets(toets).replace("\"", ""))).append(" |");
            for (int u = 0; u < r.uitkomsten().size(); u++) {
                Object o = feel.object(r.uitkomsten().get(u));
                String eenheid = t.uitvoer().get(u).eenheid();
                String s = o instanceof BigDecimal b ? ParameterTekst.metEenheid(b.toPlainString(), eenheid) : o instanceof Boolean b ? (b ? "ja" : "nee") : o.toString();
                sb.append(' ').append(cel(s)).append(" |");
            }
            sb.append(' ').append(cel(r.uitleg()));
            if (r.grondslag() != null) sb.append(" (").append(grondslag(r.grondslag(), index)).append(')');
            sb.append(" |\n");
        }
        if (!t.voorbeelden().isEmpty()) {
            sb.append("\n## Voorbeelden\n\n");
            for (Voorbeeld vb : t.voorbeelden()) {
                List<String> in = new ArrayList<>();
                vb.invoer().forEach((k, w) -> in.add(k + " = " + feel.object(w)));
                List<String> uit = new ArrayList<>();
                vb.uitkomst().forEach((k, w) -> uit.add(k + " = " + feel.object(w)));
                sb.append("- ").append(vb.naam()).append(": ").append(String.join(", ", in)).append(" → ")
                        .append(uit.isEmpty() ? "geen regel" : String.join(", ", uit)).append('\n');
            }
        }
        return sb.toString();
    }

    private static String grondslag(Grondslag g, ModelIndex index) {
        String s = "artikel " + index.artikel(g.artikel()).map(Artikel::nummer).orElse(g.artikel());
        return g.lid() == null ? s : s + ", lid " + g.lid();
    }

    private static String cel(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
