package nl.verordening.render.rapport;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.verordening.model.Artikel;
import nl.verordening.model.Element;
import nl.verordening.model.Finding;
import nl.verordening.model.Hoofdstuk;
import nl.verordening.model.ModelBezoeker;
import nl.verordening.model.ModelIndex;
import nl.verordening.model.ModelWalker;
import nl.verordening.model.Pad;
import nl.verordening.model.Severity;
import nl.verordening.model.Tekst;
import nl.verordening.model.Verordening;
import nl.verordening.render.Output;
import nl.verordening.render.Renderer;
import nl.verordening.render.VeiligeHtml;

/**
 * Het bevindingenrapport voor de schrijver van de verordening: {@code rapport/index.html}, per
 * hoofdstuk en artikel elke bevinding met een stukje tekst eromheen waarin de aangewezen woorden
 * gemarkeerd zijn, en een telling per code. Sjabloon {@value #SJABLOON}, stijl {@value #STIJL} (beide
 * door een gemeente te vervangen). De bevindingen komen uit {@link nl.verordening.render.RenderContext}.
 */
public final class RapportRenderer implements Renderer {

    public static final String SJABLOON = "rapport/index.html.vm";
    public static final String STIJL = "rapport/stijl.css";
    /** Zoveel tekens tekst voor en na het gemarkeerde stuk. */
    static final int OMGEVING = 90;

    @Override
    public String name() {
        return "rapport";
    }

    @Override
    public void render(Verordening v, Output output) throws IOException {
        List<Finding> bevindingen = output.context().bevindingen();
        ModelIndex index = v.index();
        // per hoofdstuk (in documentvolgorde), daarbinnen per artikel of ander element
        Map<Hoofdstuk, Map<String, List<Map<String, Object>>>> groepen = new LinkedHashMap<>();
        for (Hoofdstuk h : v.hoofdstukken()) groepen.put(h, new LinkedHashMap<>());
        Map<String, List<Map<String, Object>>> overig = new LinkedHashMap<>();
        Map<String, int[]> perCode = new TreeMap<>();
        Map<String, Severity> ernst = new TreeMap<>();
        for (Finding f : bevindingen) {
            perCode.computeIfAbsent(f.code(), k -> new int[1])[0]++;
            ernst.put(f.code(), f.severity());
            Element e = element(f, index);
            Pad pad = e == null ? null : index.pad(e).orElse(null);
            Hoofdstuk h = pad == null ? null : pad.hoofdstuk();
            String kop = kop(e, pad);
            Map<String, List<Map<String, Object>>> doel = h != null && groepen.containsKey(h) ? groepen.get(h) : overig;
            doel.computeIfAbsent(kop, k -> new ArrayList<>()).add(bevinding(f, e));
        }
        List<Map<String, Object>> hoofdstukken = new ArrayList<>();
        groepen.forEach((h, artikelen) -> {
            if (!artikelen.isEmpty()) hoofdstukken.add(groep("Hoofdstuk " + h.nummer() + " " + h.titel(), "h" + h.nummer(), artikelen));
        });
        if (!overig.isEmpty()) hoofdstukken.add(groep("Verordening als geheel", "overig", overig));
        List<Map<String, Object>> codes = new ArrayList<>();
        perCode.forEach((c, n) -> codes.add(Map.of("code", c, "ernst", ernst.get(c).label(), "aantal", n[0])));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("verordening", v);
        model.put("metadata", v.metadata());
        model.put("totaal", bevindingen.size());
        model.put("fouten", tel(bevindingen, Severity.ERROR));
        model.put("waarschuwingen", tel(bevindingen, Severity.WARNING));
        model.put("info", tel(bevindingen, Severity.INFO));
        model.put("codes", codes);
        model.put("hoofdstukken", hoofdstukken);
        output.writeString("rapport/index.html", output.templates().render(SJABLOON, model));
        output.writeString("rapport/stijl.css", output.templates().source(STIJL));
    }

    private static long tel(List<Finding> b, Severity s) {
        return b.stream().filter(f -> f.severity() == s).count();
    }

    private static Map<String, Object> groep(String titel, String anker, Map<String, List<Map<String, Object>>> artikelen) {
        List<Map<String, Object>> a = new ArrayList<>();
        artikelen.forEach((kop, b) -> a.add(Map.of("kop", kop, "bevindingen", b)));
        return Map.of("titel", titel, "anker", anker, "artikelen", a);
    }

    private static Element element(Finding f, ModelIndex index) {
        if (f.element() == null) return null;
        int h = f.element().indexOf('#');
        return index.element(h < 0 ? f.element() : f.element().substring(0, h)).orElse(null);
    }

    private static String kop(Element e, Pad pad) {
        if (e instanceof Artikel a) return "Artikel " + a.nummer() + (a.titel().isBlank() ? "" : " " + a.titel());
        if (e == null || pad == null) return "Algemeen";
        String o = pad.omschrijving();
        return Character.toUpperCase(o.charAt(0)) + o.substring(1);
    }

    private static Map<String, Object> bevinding(Finding f, Element e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", f.code());
        m.put("ernst", f.severity().label());
        m.put("soort", f.severity().name().toLowerCase());
        m.put("plek", f.pos().toString());
        m.put("bericht", f.message());
        m.put("suggestie", f.suggestie() == null ? "" : f.suggestie());
        m.put("uittreksel", uittreksel(e, f.fragment()));
        return m;
    }

    /** De tekst om het fragment heen, ge-escapet, met het fragment in {@code <mark>}; leeg als het niet te vinden is. */
    static VeiligeHtml uittreksel(Element e, String fragment) {
        if (e == null || fragment == null || fragment.isBlank()) return new VeiligeHtml("");
        String gezocht = fragment.replaceAll("\\s+", " ").strip();
        String[] gevonden = {null};
        ModelBezoeker b = new ModelBezoeker() {
            @Override
            public void tekst(Tekst t, Pad p) {
                if (gevonden[0] == null && t.platteTekst().replaceAll("\\s+", " ").contains(gezocht)) {
                    gevonden[0] = t.platteTekst().replaceAll("\\s+", " ");
                }
            }
        };
        List<nl.verordening.model.Blok> blokken = e instanceof Artikel a ? a.inhoud()
                : e instanceof nl.verordening.model.Begrip g ? g.definitie()
                : e instanceof Hoofdstuk h ? h.inleiding() : List.of();
        ModelWalker.walk(blokken, Pad.WORTEL, b);
        if (gevonden[0] == null) return new VeiligeHtml("<mark>" + VeiligeHtml.escape(gezocht) + "</mark>");
        String t = gevonden[0];
        int i = t.indexOf(gezocht);
        int van = Math.max(0, i - OMGEVING);
        int tot = Math.min(t.length(), i + gezocht.length() + OMGEVING);
        // op een woordgrens beginnen en eindigen
        while (van > 0 && van < i && t.charAt(van - 1) != ' ') van++;
        while (tot < t.length() && tot > i + gezocht.length() && t.charAt(tot) != ' ') tot--;
        if (tot < i + gezocht.length()) tot = i + gezocht.length();
        return new VeiligeHtml((van > 0 ? "… " : "") + VeiligeHtml.escape(t.substring(van, i)) + "<mark>"
                + VeiligeHtml.escape(gezocht) + "</mark>" + VeiligeHtml.escape(t.substring(i + gezocht.length(), tot))
                + (tot < t.length() ? " …" : ""));
    }
}
