package nl.verordening.serve;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.verordening.model.Artikel;
import nl.verordening.model.Finding;
import nl.verordening.model.Severity;
import nl.verordening.model.SourcePosition;
import nl.verordening.pijplijn.Resultaat;

/** De HTML van de server: de voorbeeldpagina, de bevindingen per artikel, en het herlaadscript. */
final class Paginas {

    /** Herlaadt de pagina als de server een nieuwe bouw meldt (Server-Sent Events). */
    static final String SCRIPT = "<script>(function(){var v=null;var es=new EventSource('/gebeurtenissen');"
            + "es.addEventListener('versie',function(e){if(v!==null&&e.data!==v){location.reload();}v=e.data;});})();</script>";

    private static final String STIJL = "<style>body{font-family:system-ui,sans-serif;margin:0;color:#1b1b1b;background:#fafafa}"
            + "header{background:#154273;color:#fff;padding:.6em 1.2em}header a{color:#fff}main{padding:0 1.2em 2em;max-width:70em}"
            + ".fouten{background:#fde8e8;border:2px solid #c0392b;padding:.5em 1em;margin:1em 0}"
            + ".fout{color:#a11}.waarschuwing{color:#8a5a00}.info{color:#555}code{font-size:.9em}"
            + "pre{background:#fff;border:1px solid #ddd;padding:1em;white-space:pre-wrap;font-size:.85em}"
            + "h3{margin:.8em 0 .2em}ul{margin:.2em 0}.klein{font-size:.85em;color:#555}</style>";

    private Paginas() {}

    static String kop(String titel, Stand s, Path bron) {
        StringBuilder b = new StringBuilder("<!doctype html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(titel)).append("</title>").append(STIJL).append("</head><body><header><strong>verordening serve</strong> · ")
                .append(esc(bron.toString())).append(" · versie ").append(s.versie()).append(" · geladen om ")
                .append(s.tijd().format(DateTimeFormatter.ofPattern("HH:mm:ss"))).append(String.format(" in %.1f ms", s.millis()))
                .append(" · <a href=\"/\">voorbeeld</a> · <a href=\"/bevindingen\">bevindingen</a></header><main>");
        b.append(laadfouten(s, bron));
        return b.toString();
    }

    static String laadfouten(Stand s, Path bron) {
        if (s.laadfouten().isEmpty() && s.fout() == null) return "";
        StringBuilder b = new StringBuilder("<section class=\"fouten\" id=\"laadfouten\">");
        if (!s.laadfouten().isEmpty()) {
            b.append("<h2>De bron laadt niet: ").append(s.laadfouten().size()).append(s.laadfouten().size() == 1 ? " fout" : " fouten")
                    .append("</h2><p>U ziet het laatste goede voorbeeld").append(s.resultaat() == null ? " (er is er nog geen)" : "")
                    .append(". Herstel de bron en sla op; de pagina ververst vanzelf.</p><ul>");
            for (Finding f : s.laadfouten()) b.append(regel(f, bron, null));
            b.append("</ul>");
        }
        if (s.fout() != null) b.append("<h2>Bouwen mislukt</h2><p>").append(esc(s.fout())).append("</p>");
        return b.append("</section>").toString();
    }

    static String voet() {
        return "</main>" + SCRIPT + "</body></html>";
    }

    /** De voorbeeldpagina: fouten bovenaan, bevindingen per artikel, de uitvoer, en de platte tekst zelf. */
    static String voorbeeld(Stand s, Path bron) {
        Resultaat r = s.resultaat();
        StringBuilder b = new StringBuilder(kop(r == null ? "verordening serve" : r.verordening().metadata().citeertitel(), s, bron));
        if (r == null) return b.append(voet()).toString();
        b.append("<h1>").append(esc(r.verordening().metadata().citeertitel())).append("</h1>");
        b.append("<p>").append(r.verordening().hoofdstukken().size()).append(" hoofdstukken, ")
                .append(r.verordening().artikelen().size()).append(" artikelen; ").append(samenvatting(r)).append(".</p>");
        b.append("<h2 id=\"bevindingen\">Bevindingen per artikel</h2>").append(bevindingenLijst(s, bron));
        b.append("<h2>Uitvoer</h2><ul>");
        for (String pad : s.uitvoer().keySet()) {
            b.append("<li><a href=\"/uitvoer/").append(esc(pad)).append("\">").append(esc(pad)).append("</a></li>");
        }
        b.append("</ul>");
        for (Map.Entry<String, byte[]> e : s.uitvoer().entrySet()) {
            if (!e.getKey().endsWith(".txt")) continue;
            b.append("<h2>").append(esc(e.getKey())).append("</h2><pre id=\"").append(esc(e.getKey())).append("\">")
                    .append(esc(new String(e.getValue(), StandardCharsets.UTF_8))).append("</pre>");
        }
        return b.append(voet()).toString();
    }

    static String bevindingen(Stand s, Path bron) {
        StringBuilder b = new StringBuilder(kop("Bevindingen", s, bron));
        b.append("<h1>Bevindingen per artikel</h1>");
        if (s.resultaat() != null) b.append("<p>").append(samenvatting(s.resultaat())).append(".</p>").append(bevindingenLijst(s, bron));
        return b.append(voet()).toString();
    }

    private static String samenvatting(Resultaat r) {
        return r.aantal(Severity.ERROR) + " fouten, " + r.aantal(Severity.WARNING) + " waarschuwingen, "
                + r.aantal(Severity.INFO) + " info, " + r.aanvaard().size() + " aanvaard";
    }

    /** Bevindingen gegroepeerd op het artikel waar ze over gaan, in de volgorde van de verordening. */
    static String bevindingenLijst(Stand s, Path bron) {
        Resultaat r = s.resultaat();
        if (r.bevindingen().isEmpty()) return "<p>Geen bevindingen.</p>";
        List<Artikel> artikelen = r.verordening().artikelen();
        Map<Artikel, List<Finding>> per = new LinkedHashMap<>();
        artikelen.forEach(a -> per.put(a, new ArrayList<>()));
        List<Finding> overig = new ArrayList<>();
        for (Finding f : r.bevindingen()) {
            Artikel a = artikel(f, artikelen);
            if (a == null) overig.add(f);
            else per.get(a).add(f);
        }
        StringBuilder b = new StringBuilder();
        for (Map.Entry<Artikel, List<Finding>> e : per.entrySet()) {
            if (e.getValue().isEmpty()) continue;
            Artikel a = e.getKey();
            String anker = anker(s, a.id());
            b.append("<h3 id=\"artikel-").append(esc(a.id())).append("\">");
            String kop = "Artikel " + a.nummer() + (a.titel().isEmpty() ? "" : " " + a.titel());
            if (anker != null) b.append("<a href=\"").append(esc(anker)).append("\">").append(esc(kop)).append("</a>");
            else b.append(esc(kop));
            b.append("</h3><ul>");
            for (Finding f : e.getValue()) b.append(regel(f, bron, a));
            b.append("</ul>");
        }
        if (!overig.isEmpty()) {
            b.append("<h3>Buiten een artikel</h3><ul>");
            for (Finding f : overig) b.append(regel(f, bron, null));
            b.append("</ul>");
        }
        return b.toString();
    }

    /** Een link naar het artikel in een HTML-uitvoer die een element met dit id heeft (de kale tekst als HTML), of null. */
    private static String anker(Stand s, String id) {
        byte[] zoek = ("id=\"" + id + "\"").getBytes(StandardCharsets.UTF_8);
        for (Map.Entry<String, byte[]> e : s.uitvoer().entrySet()) {
            if (e.getKey().endsWith(".html") && bevat(e.getValue(), zoek)) return "/uitvoer/" + e.getKey() + "#" + id;
        }
        return null;
    }

    private static boolean bevat(byte[] hooi, byte[] naald) {
        outer:
        for (int i = 0; i + naald.length <= hooi.length; i++) {
            for (int j = 0; j < naald.length; j++) if (hooi[i + j] != naald[j]) continue outer;
            return true;
        }
        return false;
    }

    /** Het artikel van een bevinding: uit haar element ("artikel-id#lid-2"), anders het artikel dat in haar bestand boven haar begint. */
    static Artikel artikel(Finding f, List<Artikel> artikelen) {
        if (f.element() != null) {
            String id = f.element().contains("#") ? f.element().substring(0, f.element().indexOf('#')) : f.element();
            for (Artikel a : artikelen) if (a.id().equals(id)) return a;
        }
        SourcePosition p = f.pos();
        if (!p.known()) return null;
        return artikelen.stream().filter(a -> a.pos().file().equals(p.file()) && a.pos().line() <= p.line())
                .max(Comparator.comparingInt(a -> a.pos().line())).orElse(null);
    }

    private static String regel(Finding f, Path bron, Artikel a) {
        String css = switch (f.severity()) {
            case ERROR -> "fout";
            case WARNING -> "waarschuwing";
            default -> "info";
        };
        SourcePosition p = f.pos();
        String plek = p.file().isEmpty() ? "" : bron.resolve(p.file()) + (p.known() ? ":" + p.line() + ":" + p.column() : "");
        return "<li class=\"" + css + "\"><code>" + esc(plek) + "</code> " + esc(f.severity().label()) + ": " + esc(f.message())
                + " <span class=\"klein\">[" + esc(f.code()) + "]</span></li>";
    }

    /** Zet het herlaadscript (en de laadfouten) in een HTML-uitvoer. */
    static byte[] metScript(byte[] html, Stand s, Path bron) {
        String t = new String(html, StandardCharsets.UTF_8);
        String fouten = laadfouten(s, bron);
        if (!fouten.isEmpty()) {
            int body = t.indexOf("<body");
            int eind = body < 0 ? -1 : t.indexOf('>', body);
            t = eind < 0 ? fouten + t : t.substring(0, eind + 1) + fouten + t.substring(eind + 1);
        }
        int i = t.lastIndexOf("</body>");
        t = i < 0 ? t + SCRIPT : t.substring(0, i) + SCRIPT + t.substring(i);
        return t.getBytes(StandardCharsets.UTF_8);
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
