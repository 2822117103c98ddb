package nl.verordening.render.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.text.Collator;
import nl.verordening.model.Artikel;
import nl.verordening.model.Begrip;
import nl.verordening.model.Bijlage;
import nl.verordening.model.Blok;
import nl.verordening.model.Element;
import nl.verordening.model.Hoofdstuk;
import nl.verordening.model.Inline;
import nl.verordening.model.LijstSoort;
import nl.verordening.model.ModelIndex;
import nl.verordening.model.Onderdeel;
import nl.verordening.model.Onderdeelhouder;
import nl.verordening.model.Paragraaf;
import nl.verordening.model.Tekst;
import nl.verordening.model.Verordening;
import nl.verordening.model.Wet;
import nl.verordening.model.WetTag;
import nl.verordening.render.InlineHtml;
import nl.verordening.render.InlineTekst;
import nl.verordening.render.NederlandseDatum;
import nl.verordening.render.VeiligeHtml;
import nl.verordening.render.VerwijzingTekst;

/**
 * De opmaak van de publieksversie, in de sjablonen {@code $pub}: blokken en lopende tekst als HTML,
 * wetten als labels met icoon, pagina's en ankers. Voor de site ({@link Soort#SITE}) worden
 * verwijzingen links naar de juiste pagina en krijgen begrippen een uitleg (popover); voor de PDF
 * ({@link Soort#PDF}) is alles één document en blijft lopende tekst zonder knoppen.
 * Geeft nooit null (de sjablonen draaien strikt).
 */
public final class PubliekeOpmaak {

    /** Voor welke uitvoer. */
    public enum Soort { SITE, PDF }

    /** Een wet zoals een label hem toont: code (filter), korte naam (zichtbaar), volle naam, icoon. */
    public record WetLabel(String code, String label, String naam, String icoon, String sleutel) {}

    /** Een afbeelding uit de sjablonenmap met zijn alt-tekst. */
    public record Afbeelding(String bestand, String alt) {}

    /** Maximale lengte van een wetnaam als zichtbaar label; langer wordt de code ("Wmo"). */
    static final int KORTE_NAAM = 27;

    private final Verordening verordening;
    private final ModelIndex index;
    private final Soort soort;
    private final InlineHtml inline;
    private final InlineTekst platte;
    private final VerwijzingTekst verwijzingen;
    private final Begrippenmarkering begrippen;
    private final Map<String, String> iconen;
    private final Map<String, Afbeelding> illustraties;
    private Set<String> gezien = new HashSet<>();
    /** Ankers in het huidige artikel: een lidnummer dat twee keer is vastgesteld krijgt het anker één keer. */
    private Set<String> ankers = new HashSet<>();
    private int popovers;

    /**
     * @param iconen       wetcode -> bestandsnaam van het icoon (ontbreekt: het algemene icoon)
     * @param illustraties hoofdstuk-id -> illustratie
     */
    public PubliekeOpmaak(Verordening verordening, Soort soort, Map<String, String> iconen, Map<String, Afbeelding> illustraties) {
        this.verordening = verordening;
        this.index = verordening.index();
        this.soort = soort;
        this.verwijzingen = new VerwijzingTekst(index);
        this.inline = soort == Soort.SITE ? new InlineHtml(verordening, this::href) : new InlineHtml(verordening);
        this.platte = new InlineTekst(verordening);
        this.begrippen = new Begrippenmarkering(verordening.begrippen());
        this.iconen = iconen;
        this.illustraties = illustraties;
    }

    // ---- pagina's en ankers ----

    /** De pagina van een hoofdstuk op de site ("hoofdstuk-gezond-en-veilig-opgroeien.html"). */
    public String pagina(Hoofdstuk h) {
        return "hoofdstuk-" + h.id() + ".html";
    }

    /** Het adres van een verwijzing op de site: de pagina van het doel plus zijn anker. */
    String href(Inline.Verwijzing v) {
        String anker = verwijzingen.anker(v);
        return index.element(v.doel()).map(e -> e.accept(new Element.Bezoeker<String>() {
            @Override public String hoofdstuk(Hoofdstuk h) { return pagina(h); }
            @Override public String paragraaf(Paragraaf p) { return inHoofdstuk(p.id(), anker); }
            @Override public String artikel(Artikel a) { return inHoofdstuk(a.id(), anker); }
            @Override public String begrip(Begrip b) { return "begrippen.html#" + b.id(); }
            @Override public String bijlage(Bijlage b) { return "bijlagen.html#" + b.id(); }
        })).orElse("#" + anker);
    }

    private String inHoofdstuk(String id, String anker) {
        return index.hoofdstukVan(id).map(h -> pagina(h) + "#" + anker).orElse("#" + anker);
    }

    /** Het anker van een lid of onderdeel, gelijk aan wat verwijzingen gebruiken. */
    public String anker(String id, String lid, String onderdeel) {
        return verwijzingen.anker(id, lid, onderdeel);
    }

    // ---- tekst ----

    /** "4.6.4 Vergoeding van kosten", zonder dubbele spaties als een van beide ontbreekt. */
    public String kop(String nummer, String titel) {
        String n = nummer == null ? "" : nummer.strip();
        String t = titel == null ? "" : titel.strip();
        return n.isEmpty() ? t : t.isEmpty() ? n : n + " " + t;
    }

    /** Lopende tekst; op de site met uitleg bij begrippen. */
    public VeiligeHtml tekst(Tekst t) {
        return new VeiligeHtml(markeer(inline.html(t).markup()));
    }

    /** Blokken (inleiding, uitleg): begrippen opnieuw per aanroep gemarkeerd. */
    public VeiligeHtml blokken(List<Blok> blokken) {
        gezien = new HashSet<>();
        return new VeiligeHtml(blokkenHtml(blokken, null, null, true));
    }

    /** De inhoud van een artikel, met ankers voor leden en onderdelen; begrippen één keer per artikel. */
    public VeiligeHtml inhoud(Artikel a) {
        gezien = new HashSet<>();
        ankers = new HashSet<>();
        return new VeiligeHtml(blokkenHtml(a.inhoud(), a.id(), null, true));
    }

    /** Een definitie: zonder begripsuitleg (die zou naar zichzelf wijzen). */
    public VeiligeHtml definitie(Begrip b) {
        return new VeiligeHtml(blokkenHtml(b.definitie(), null, null, false));
    }

    /** Platte tekst van blokken, witruimte enkel: voor de zoekindex en de popover. */
    public String platte(List<Blok> blokken) {
        StringBuilder sb = new StringBuilder();
        platteBlokken(blokken, sb);
        return sb.toString().replaceAll("\\s+", " ").strip();
    }

    public String platte(Tekst t) {
        return platte.platte(t).replaceAll("\\s+", " ").strip();
    }

    public String datum(LocalDate d) {
        return d == null ? "" : NederlandseDatum.lang(d);
    }

    // ---- structuur ----

    public boolean isParagraaf(Onderdeelhouder o) {
        return o instanceof Paragraaf;
    }

    public List<Artikel> artikelen() {
        return verordening.artikelen();
    }

    /** Alle begrippen op alfabet (Nederlandse sortering), voor de begrippenlijst. */
    public List<Begrip> begrippenOpAlfabet() {
        Collator c = Collator.getInstance(Locale.forLanguageTag("nl-NL"));
        List<Begrip> r = new ArrayList<>(verordening.begrippen());
        r.sort(Comparator.comparing((Begrip b) -> b.term().strip(), c).thenComparing(Begrip::id));
        return r;
    }

    /** De illustratie van een hoofdstuk. */
    public Afbeelding illustratie(Hoofdstuk h) {
        return illustraties.getOrDefault(h.id(), new Afbeelding("illustraties/algemeen.svg", ""));
    }

    // ---- wetten ----

    public List<WetLabel> wetten(List<WetTag> tags) {
        Map<String, WetLabel> r = new LinkedHashMap<>();
        for (WetTag t : tags) r.putIfAbsent(t.code(), label(t.code()));
        return new ArrayList<>(r.values());
    }

    /** Alle wetten van een artikel: de wettenregel onder de kop en die midden in het artikel. */
    public List<WetLabel> wettenVan(Artikel a) {
        List<WetTag> tags = new ArrayList<>(a.wetten());
        verzamelWetten(a.inhoud(), tags);
        return wetten(tags);
    }

    /** Wat het filter zet: de sleutels van de wetten van het artikel, met spaties ertussen. */
    public String wetSleutels(Artikel a) {
        List<String> r = new ArrayList<>();
        for (WetLabel w : wettenVan(a)) r.add(w.sleutel());
        return String.join(" ", r);
    }

    /** De wetten op een hoofdstukpagina, in registervolgorde: de keuzes van het filter. */
    public List<WetLabel> wettenIn(Hoofdstuk h) {
        Set<String> codes = new HashSet<>();
        for (Artikel a : h.artikelen()) for (WetLabel w : wettenVan(a)) codes.add(w.code());
        List<WetLabel> r = new ArrayList<>();
        for (Wet w : verordening.wetten()) if (codes.remove(w.code())) r.add(label(w.code()));
        for (String c : codes.stream().sorted().toList()) r.add(label(c));
        return r;
    }

    /** Het register, met labels. */
    public List<WetLabel> register() {
        List<WetLabel> r = new ArrayList<>();
        for (Wet w : verordening.wetten()) r.add(label(w.code()));
        return r;
    }

    public String bwbId(String code) {
        return verordening.wet(code).map(w -> w.bwbId() == null ? "" : w.bwbId()).orElse("");
    }

    WetLabel label(String code) {
        String naam = verordening.wet(code).map(Wet::naam).orElse(code).replaceAll("\\s+", " ").strip();
        int haak = naam.indexOf(" (");
        String kort = haak > 0 ? naam.substring(0, haak) : naam;
        String label = kort.length() <= KORTE_NAAM ? kort : code;
        return new WetLabel(code, label, naam, iconen.getOrDefault(code, "iconen/wet-algemeen.svg"), sleutel(code));
    }

    /** Een wetcode als bestandsnaam en filtersleutel: "Burgerlijk Wetboek" -> "burgerlijk-wetboek". */
    public static String sleutel(String code) {
        String s = java.text.Normalizer.normalize(code, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return s.replaceAll("^-|-$", "");
    }

    // ---- intern ----

    private String markeer(String html) {
        if (soort != Soort.SITE) return html;
        return begrippen.markeer(html, gezien, (b, gevonden) -> {
            String id = "begrip-uitleg-" + (++popovers);
            return "<button type=\"button\" class=\"term\" popovertarget=\"" + id + "\">" + gevonden + "</button>"
                    + "<span class=\"term-uitleg\" id=\"" + id + "\" popover>"
                    + "<strong>" + VeiligeHtml.escape(b.term().strip()) + "</strong>: "
                    + VeiligeHtml.escape(platte(b.definitie()))
                    + " <a href=\"begrippen.html#" + VeiligeHtml.escape(b.id()) + "\">Naar de begrippenlijst</a></span>";
        });
    }

    private String blokkenHtml(List<Blok> blokken, String artikel, String lid, boolean termen) {
        StringBuilder sb = new StringBuilder();
        for (Blok b : blokken) sb.append(blok(b, artikel, lid, termen));
        return sb.toString();
    }

    private String tekstHtml(Tekst t, boolean termen) {
        String h = inline.html(t).markup();
        return termen ? markeer(h) : h;
    }

    private String blok(Blok blok, String artikel, String lid, boolean termen) {
        return blok.accept(new Blok.Bezoeker<String>() {
            @Override
            public String alinea(Blok.Alinea a) {
                return "<p>" + tekstHtml(a.tekst(), termen) + "</p>\n";
            }

            @Override
            public String lid(Blok.Lid l) {
                String id = artikel == null ? "" : idAttribuut(anker(artikel, l.nummer(), null));
                return "<div class=\"lid\"" + id + "><span class=\"lidnummer\">" + VeiligeHtml.escape(l.nummer().strip())
                        + "</span><div class=\"lidtekst\">" + blokkenHtml(l.inhoud(), artikel, l.nummer(), termen) + "</div></div>\n";
            }

            @Override
            public String lijst(Blok.Lijst l) {
                boolean opsomming = l.soort() == LijstSoort.OPSOMMING;
                StringBuilder sb = new StringBuilder(opsomming ? "<ul class=\"opsomming\">\n" : "<ol class=\"onderdelen\">\n");
                for (Onderdeel o : l.onderdelen()) {
                    boolean label = o.label() != null && !o.label().isBlank();
                    String id = artikel != null && label && lid != null ? idAttribuut(anker(artikel, lid, o.label())) : "";
                    sb.append("<li").append(id).append('>');
                    if (label) sb.append("<span class=\"label\">").append(VeiligeHtml.escape(o.label().strip())).append(".</span> ");
                    sb.append(blokkenHtml(o.inhoud(), artikel, lid, termen)).append("</li>\n");
                }
                return sb.append(opsomming ? "</ul>\n" : "</ol>\n").toString();
            }

            @Override
            public String wettenregel(Blok.Wettenregel w) {
                StringBuilder sb = new StringBuilder("<p class=\"wettenregel\"><span class=\"visueel-verborgen\">Dit deel rust op: </span>");
                for (WetLabel l : wetten(w.wetten())) sb.append(wetTag(l));
                return sb.append("</p>\n").toString();
            }

            @Override
            public String tabel(Blok.Tabel t) {
                StringBuilder sb = new StringBuilder("<div class=\"tabel\"><table>\n");
                if (!t.titel().isLeeg()) sb.append("<caption>").append(tekstHtml(t.titel(), false)).append("</caption>\n");
                if (t.kop() != null) {
                    sb.append("<thead><tr>");
                    for (Tekst c : t.kop().cellen()) sb.append("<th scope=\"col\">").append(tekstHtml(c, false)).append("</th>");
                    sb.append("</tr></thead>\n");
                }
                sb.append("<tbody>\n");
                for (Blok.Tabel.Rij r : t.rijen()) {
                    sb.append("<tr>");
                    for (Tekst c : r.cellen()) sb.append("<td>").append(tekstHtml(c, termen)).append("</td>");
                    sb.append("</tr>\n");
                }
                return sb.append("</tbody></table></div>\n").toString();
            }

            @Override
            public String begrippenlijst(Blok.Begrippenlijst l) {
                StringBuilder sb = new StringBuilder("<dl class=\"begrippen\">\n");
                for (Begrip b : l.begrippen()) {
                    sb.append("<dt id=\"").append(VeiligeHtml.escape(b.id())).append("\">");
                    if (b.label() != null) sb.append(VeiligeHtml.escape(b.label())).append(". ");
                    sb.append(VeiligeHtml.escape(b.term().strip())).append("</dt>\n<dd>")
                            .append(blokkenHtml(b.definitie(), null, null, false)).append("</dd>\n");
                }
                return sb.append("</dl>\n").toString();
            }
        });
    }

    /** {@code id="..."}, of niets als dit anker in het artikel al staat (zoals de index: het eerste telt). */
    private String idAttribuut(String anker) {
        return ankers.add(anker) ? " id=\"" + VeiligeHtml.escape(anker) + "\"" : "";
    }

    /** Een wet als label: icoon (decoratief: de naam staat ernaast) en naam. */
    public VeiligeHtml wetTag(WetLabel l) {
        String img = soort == Soort.SITE ? "<img src=\"" + VeiligeHtml.escape(l.icoon()) + "\" alt=\"\" width=\"20\" height=\"20\">" : "";
        String volledig = l.label().equals(l.naam()) ? ""
                : "<span class=\"visueel-verborgen\"> (" + VeiligeHtml.escape(l.naam()) + ")</span>";
        return new VeiligeHtml("<span class=\"wet wet-" + VeiligeHtml.escape(l.sleutel()) + "\">" + img
                + VeiligeHtml.escape(l.label()) + volledig + "</span> ");
    }

    private void verzamelWetten(List<Blok> blokken, List<WetTag> tags) {
        for (Blok b : blokken) {
            if (b instanceof Blok.Wettenregel w) tags.addAll(w.wetten());
            else if (b instanceof Blok.Lid l) verzamelWetten(l.inhoud(), tags);
            else if (b instanceof Blok.Lijst l) for (Onderdeel o : l.onderdelen()) verzamelWetten(o.inhoud(), tags);
        }
    }

    private void platteBlokken(List<Blok> blokken, StringBuilder sb) {
        for (Blok b : blokken) {
            b.accept(new Blok.Bezoeker<Void>() {
                @Override public Void alinea(Blok.Alinea a) { sb.append(platte.platte(a.tekst())).append(' '); return null; }
                @Override public Void lid(Blok.Lid l) { sb.append(l.nummer()).append(". "); platteBlokken(l.inhoud(), sb); return null; }
                @Override public Void lijst(Blok.Lijst l) {
                    for (Onderdeel o : l.onderdelen()) {
                        if (o.label() != null) sb.append(o.label()).append(". ");
                        platteBlokken(o.inhoud(), sb);
                    }
                    return null;
                }
                @Override public Void wettenregel(Blok.Wettenregel w) { return null; }
                @Override public Void tabel(Blok.Tabel t) {
                    if (t.kop() != null) for (Tekst c : t.kop().cellen()) sb.append(platte.platte(c)).append(' ');
                    for (Blok.Tabel.Rij r : t.rijen()) for (Tekst c : r.cellen()) sb.append(platte.platte(c)).append(' ');
                    return null;
                }
                @Override public Void begrippenlijst(Blok.Begrippenlijst l) {
                    for (Begrip g : l.begrippen()) { sb.append(g.term()).append(": "); platteBlokken(g.definitie(), sb); }
                    return null;
                }
            });
        }
    }
}
