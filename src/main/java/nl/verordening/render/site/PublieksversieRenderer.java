package nl.verordening.render.site;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.verordening.model.Artikel;
import nl.verordening.model.Hoofdstuk;
import nl.verordening.model.Verordening;
import nl.verordening.model.Wet;
import nl.verordening.model.WetTag;
import nl.verordening.render.Output;
import nl.verordening.render.Renderer;
import nl.verordening.render.SjabloonFout;
import nl.verordening.render.Templates;

/**
 * De publieksversie als statische site in {@code publieksversie/}: een startpagina met de
 * hoofdstukken als levensthema's, een pagina per hoofdstuk, de begrippenlijst, de bijlagen, "Over
 * deze verordening" en zoeken. Pagina's, stijl, script, logo, iconen en illustraties komen uit
 * {@value #MAP} in de sjablonenmap, zodat een gemeente elk ervan kan vervangen; het lettertype
 * (DejaVu, TrueType) komt uit de jar en dient ook de PDF. Zie docs/publieksversie.md.
 */
public final class PublieksversieRenderer implements Renderer {

    public static final String MAP = "publieksversie/";
    /** De meegeleverde lettertypen (jasperreports-fonts), regulier, vet, cursief, vet cursief. */
    public static final List<String> LETTERTYPEN = List.of("DejaVuSans.ttf", "DejaVuSans-Bold.ttf",
            "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf");
    static final String LETTERTYPEN_IN_JAR = "net/sf/jasperreports/fonts/dejavu/";
    private static final Pattern SVG_TITEL = Pattern.compile("<title[^>]*>([^<]*)</title>");

    private final PublieksInstellingen instellingen;

    public PublieksversieRenderer() {
        this(PublieksInstellingen.standaard());
    }

    public PublieksversieRenderer(PublieksInstellingen instellingen) {
        this.instellingen = instellingen;
    }

    @Override
    public String name() {
        return "publieksversie";
    }

    @Override
    public void render(Verordening v, Output output) throws IOException {
        Templates t = output.templates();
        Map<String, String> bestanden = new TreeMap<>(); // naam in de site -> tekst (svg, js)
        Map<String, String> iconen = iconen(v, t, bestanden);
        Map<String, PubliekeOpmaak.Afbeelding> illustraties = illustraties(v, t, bestanden);
        PubliekeOpmaak pub = new PubliekeOpmaak(v, PubliekeOpmaak.Soort.SITE, iconen, illustraties);

        pagina(output, "index.html", "index.html.vm", "Start", v, pub, null);
        for (Hoofdstuk h : v.hoofdstukken()) pagina(output, pub.pagina(h), "hoofdstuk.html.vm", "", v, pub, h);
        pagina(output, "begrippen.html", "begrippen.html.vm", "Begrippen", v, pub, null);
        pagina(output, "bijlagen.html", "bijlagen.html.vm", "Bijlagen", v, pub, null);
        pagina(output, "over.html", "over.html.vm", "Over", v, pub, null);
        pagina(output, "zoeken.html", "zoeken.html.vm", "Zoeken", v, pub, null);

        Map<String, Object> stijl = new LinkedHashMap<>();
        stijl.put("instellingen", instellingen);
        stijl.put("lettertypen", "lettertypen/");
        output.writeString(MAP + "stijl.css", t.render(MAP + "stijl.css.vm", stijl));
        bestanden.put("site.js", t.source(MAP + "site.js"));
        bestanden.put(instellingen.logo(), t.source(MAP + instellingen.logo()));
        for (Map.Entry<String, String> e : bestanden.entrySet()) output.writeString(MAP + e.getKey(), e.getValue());
        output.writeString(MAP + "zoekindex.js", zoekindex(v, pub));
        for (String f : LETTERTYPEN) output.write(MAP + "lettertypen/" + f, lettertype(f));
    }

    private void pagina(Output output, String bestand, String sjabloon, String actief, Verordening v,
                        PubliekeOpmaak pub, Hoofdstuk h) throws IOException {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("verordening", v);
        model.put("metadata", v.metadata());
        model.put("pub", pub);
        model.put("instellingen", instellingen);
        model.put("actief", actief);
        model.put("bestand", bestand);
        if (h != null) model.put("hoofdstuk", h);
        output.writeString(MAP + bestand, output.templates().render(MAP + sjabloon, model));
    }

    /** Per wet het eigen icoon ({@code iconen/wet-<sleutel>.svg}) als dat bestaat, anders het algemene. */
    static Map<String, String> iconen(Verordening v, Templates t, Map<String, String> bestanden) throws IOException {
        List<String> codes = new ArrayList<>();
        for (Wet w : v.wetten()) codes.add(w.code());
        for (Artikel a : v.artikelen()) for (WetTag tag : a.wetten()) if (!codes.contains(tag.code())) codes.add(tag.code());
        Map<String, String> r = new TreeMap<>();
        String algemeen = "iconen/wet-algemeen.svg";
        bestanden.put(algemeen, t.source(MAP + algemeen));
        for (String code : codes) {
            String naam = "iconen/wet-" + PubliekeOpmaak.sleutel(code) + ".svg";
            String svg = bestaand(t, MAP + naam);
            if (svg != null) {
                bestanden.put(naam, svg);
                r.put(code, naam);
            }
        }
        return r;
    }

    /**
     * Per hoofdstuk {@code illustraties/<hoofdstuk-id>.svg}, anders {@code illustraties/algemeen.svg}.
     * De alt-tekst is de {@code <title>} van het SVG-bestand: wie een illustratie vervangt, geeft zo
     * meteen de beschrijving mee.
     */
    public static Map<String, PubliekeOpmaak.Afbeelding> illustraties(Verordening v, Templates t, Map<String, String> bestanden)
            throws IOException {
        Map<String, PubliekeOpmaak.Afbeelding> r = new TreeMap<>();
        String algemeen = "illustraties/algemeen.svg";
        String algemeenSvg = t.source(MAP + algemeen);
        for (Hoofdstuk h : v.hoofdstukken()) {
            String naam = "illustraties/" + h.id() + ".svg";
            String svg = bestaand(t, MAP + naam);
            if (svg == null) {
                naam = algemeen;
                svg = algemeenSvg;
            }
            bestanden.put(naam, svg);
            r.put(h.id(), new PubliekeOpmaak.Afbeelding(naam, titel(svg)));
        }
        return r;
    }

    static String titel(String svg) {
        Matcher m = SVG_TITEL.matcher(svg);
        return m.find() ? m.group(1).replace("&amp;", "&").strip() : "";
    }

    private static String bestaand(Templates t, String naam) throws IOException {
        try {
            return t.source(naam);
        } catch (SjabloonFout e) {
            return null;
        }
    }

    /** Een meegeleverd lettertype uit de jar. */
    public static byte[] lettertype(String bestand) throws IOException {
        try (InputStream in = PublieksversieRenderer.class.getClassLoader().getResourceAsStream(LETTERTYPEN_IN_JAR + bestand)) {
            if (in == null) throw new IOException("lettertype ontbreekt in de jar: " + LETTERTYPEN_IN_JAR + bestand);
            return in.readAllBytes();
        }
    }

    /**
     * De zoekindex als script ({@code window.ZOEKINDEX = [...]}), geen JSON-bestand: zo werkt zoeken
     * ook als de site van schijf wordt geopend (fetch van file:// mag niet).
     */
    static String zoekindex(Verordening v, PubliekeOpmaak pub) {
        StringBuilder sb = new StringBuilder("// Zoekindex van de publieksversie; gemaakt bij de build.\nwindow.ZOEKINDEX = [\n");
        boolean eerste = true;
        for (Hoofdstuk h : v.hoofdstukken()) {
            for (Artikel a : h.artikelen()) {
                if (!eerste) sb.append(",\n");
                eerste = false;
                List<String> wetten = new ArrayList<>();
                for (PubliekeOpmaak.WetLabel w : pub.wettenVan(a)) wetten.add(w.label());
                String tekst = pub.platte(a.inhoud()) + " " + pub.platte(a.publiek().uitleg()) + " " + pub.platte(a.publiek().voorbeeld());
                sb.append("{\"nummer\":").append(json(a.nummer().strip()))
                        .append(",\"titel\":").append(json(a.titel().strip()))
                        .append(",\"hoofdstuk\":").append(json(pub.kop("Hoofdstuk " + h.nummer(), h.titel())))
                        .append(",\"adres\":").append(json(pub.pagina(h) + "#" + a.id()))
                        .append(",\"wetten\":").append(json(String.join(", ", wetten)))
                        .append(",\"tekst\":").append(json(tekst.strip())).append('}');
            }
        }
        return sb.append("\n];\n").toString();
    }

    /** Een JSON-string; ook '<' en '/' ontsnapt, zodat de tekst nooit een script kan sluiten. */
    static String json(String s) {
        return nl.verordening.render.Json.tekstInScript(s);
    }
}
