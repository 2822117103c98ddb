package nl.verordening.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.verordening.check.Check;
import nl.verordening.check.Checks;
import nl.verordening.model.Artikel;
import nl.verordening.model.Element;
import nl.verordening.model.Finding;
import nl.verordening.model.ModelIndex;
import nl.verordening.model.Pad;
import nl.verordening.model.Severity;
import nl.verordening.model.Verordening;
import nl.verordening.render.Json;

/**
 * Bevindingen als JSON (één object per bevinding) of als SARIF 2.1.0, voor editors, CI en
 * code-scanning, geschreven met {@link Json} (Jackson blijft bij de lader).
 */
final class Rapportformaat {

    static final String SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private Rapportformaat() {}

    /** {@code [{"code": ..., "ernst": ..., "bestand": ..., "regel": ..., "kolom": ..., "artikel": ..., "bericht": ..., "suggestie": ...}]} */
    static String json(List<Finding> bevindingen, Verordening v, Path basis) {
        ModelIndex index = v.index();
        List<Object> r = new ArrayList<>();
        for (Finding f : bevindingen) {
            Map<String, Object> o = new LinkedHashMap<>();
            r.add(o);
            o.put("code", f.code());
            o.put("ernst", f.severity().label());
            o.put("bestand", Meldingen.metPad(f, basis).pos().file());
            o.put("regel", f.pos().line());
            o.put("kolom", f.pos().column());
            o.put("artikel", artikel(f, index));
            o.put("element", f.element());
            o.put("bericht", f.message());
            o.put("suggestie", f.suggestie());
            o.put("fragment", f.fragment());
        }
        return Json.schrijf(r);
    }

    /** Het nummer van het artikel waar de bevinding over gaat (ook bij een lid of begripsbepaling), of null. */
    static String artikel(Finding f, ModelIndex index) {
        if (f.element() == null) return null;
        String id = f.element().contains("#") ? f.element().substring(0, f.element().indexOf('#')) : f.element();
        Element e = index.element(id).orElse(null);
        if (e instanceof Artikel a) return a.nummer();
        Pad p = e == null ? null : index.pad(e).orElse(null);
        return p != null && p.artikel() != null ? p.artikel().nummer() : null;
    }

    /** Een SARIF 2.1.0-log met één run: de controles als regels, de bevindingen als resultaten. */
    static String sarif(List<Finding> bevindingen, Verordening v, Path basis) {
        ModelIndex index = v.index();
        Map<String, Object> log = new LinkedHashMap<>();
        log.put("$schema", SARIF_SCHEMA);
        log.put("version", "2.1.0");
        Map<String, Object> run = new LinkedHashMap<>();
        log.put("runs", List.of(run));
        Map<String, Object> driver = object(object(run, "tool"), "driver");
        driver.put("name", "verordening");
        String versie = Versie.class.getPackage().getImplementationVersion();
        driver.put("version", versie == null ? "ontwikkelversie" : versie);
        Map<String, Integer> regelIndex = new TreeMap<>();
        List<Object> regels = new ArrayList<>();
        driver.put("rules", regels);
        for (Check c : Checks.alle()) {
            regelIndex.put(c.info().code(), regelIndex.size());
            Map<String, Object> rule = new LinkedHashMap<>();
            regels.add(rule);
            rule.put("id", c.info().code());
            rule.put("name", c.info().id());
            rule.put("shortDescription", tekst(c.info().samenvatting()));
            rule.put("help", tekst("Zie docs/controles/" + c.info().code() + ".md"));
            object(rule, "defaultConfiguration").put("level", niveau(c.info().ernst()));
        }
        object(object(run, "originalUriBaseIds"), "BRON").put("uri", basis.toAbsolutePath().normalize().toUri().toString());
        List<Object> resultaten = new ArrayList<>();
        run.put("results", resultaten);
        for (Finding f : bevindingen) {
            Map<String, Object> res = new LinkedHashMap<>();
            resultaten.add(res);
            res.put("ruleId", f.code());
            Integer ri = regelIndex.get(f.code());
            if (ri != null) res.put("ruleIndex", ri);
            res.put("level", niveau(f.severity()));
            res.put("message", tekst(f.message() + (f.suggestie() == null ? "" : " Suggestie: " + f.suggestie())));
            if (!f.pos().file().isEmpty()) {
                Map<String, Object> locatie = new LinkedHashMap<>();
                res.put("locations", List.of(locatie));
                Map<String, Object> fysiek = object(locatie, "physicalLocation");
                Map<String, Object> art = object(fysiek, "artifactLocation");
                art.put("uri", f.pos().file().replace('\\', '/'));
                art.put("uriBaseId", "BRON");
                if (f.pos().known()) {
                    Map<String, Object> regio = object(fysiek, "region");
                    regio.put("startLine", f.pos().line());
                    regio.put("startColumn", f.pos().column());
                    if (f.fragment() != null) regio.put("snippet", tekst(f.fragment()));
                }
            }
            Map<String, Object> props = object(res, "properties");
            if (f.element() != null) props.put("element", f.element());
            String art = artikel(f, index);
            if (art != null) props.put("artikel", art);
            if (f.suggestie() != null) props.put("suggestie", f.suggestie());
        }
        return Json.schrijf(log);
    }

    private static String niveau(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** Een nieuw object in {@code ouder} onder {@code sleutel}. */
    private static Map<String, Object> object(Map<String, Object> ouder, String sleutel) {
        Map<String, Object> m = new LinkedHashMap<>();
        ouder.put(sleutel, m);
        return m;
    }

    private static Map<String, Object> tekst(String t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", t);
        return m;
    }
}
