package nl.verordening.render.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.verordening.model.Aanhef;
import nl.verordening.model.Begrip;
import nl.verordening.model.Bijlage;
import nl.verordening.model.Blok;
import nl.verordening.model.LijstSoort;
import nl.verordening.model.Metadata;
import nl.verordening.model.Onderdeel;
import nl.verordening.model.Paragraaf;
import nl.verordening.model.Tekst;
import nl.verordening.model.Verordening;
import nl.verordening.model.WetTag;
import nl.verordening.render.InlineHtml;
import nl.verordening.render.KaleTekstInstellingen;
import nl.verordening.render.Nummering;
import nl.verordening.render.Vaststelling;
import nl.verordening.render.VeiligeHtml;
import nl.verordening.render.VerwijzingTekst;
import nl.verordening.render.WettenTekst;

/**
 * De opmaak van de kale tekst als HTML, in het sjabloon {@code $html}. Blokken worden hier HTML
 * (lopende tekst via {@link InlineHtml}, alles uit de bron ge-escapet); het sjabloon bepaalt de
 * pagina. Leden en onderdelen staan in {@code <ol>} met het label zoals vastgesteld als tekst (ook bij
 * onregelmatige nummering), met een anker per lid en onderdeel uit {@link VerwijzingTekst#anker}.
 */
public final class KaleHtmlOpmaak {

    private final InlineHtml inline;
    private final VerwijzingTekst verwijzingen;
    private final KaleTekstInstellingen instellingen;
    /** Elk anker één keer (een dubbel lid 1 zoals vastgesteld krijgt geen tweede). */
    private final Set<String> ankers = new HashSet<>();

    public KaleHtmlOpmaak(Verordening verordening, KaleTekstInstellingen instellingen) {
        this.inline = new InlineHtml(verordening);
        this.verwijzingen = inline.verwijzingen();
        this.instellingen = instellingen;
    }

    public VeiligeHtml tekst(Tekst tekst) {
        return inline.html(tekst);
    }

    /** "Artikel 3.1.1 A Indienen hulpvraag", zonder dubbele spaties als iets ontbreekt. */
    public String kop(String soort, String nummer, String titel) {
        String n = nummer == null ? "" : nummer.strip();
        String t = titel == null ? "" : titel.replaceAll("\\s+", " ").strip();
        String voor = n.isEmpty() ? "" : (soort.isEmpty() ? n : soort + " " + n);
        if (voor.isEmpty()) return t;
        return t.isEmpty() ? voor : voor + " " + t;
    }

    public boolean isParagraaf(Object o) {
        return o instanceof Paragraaf;
    }

    /** De wettenregel "[Wmo, LLV]", of "" zonder wetten of als de instelling ze uitzet. */
    public String wetten(List<WetTag> wetten) {
        return instellingen.wettenregels() ? WettenTekst.regel(wetten) : "";
    }

    /** Het anker van een element, of "" als het al gebruikt is. */
    public String anker(String id) {
        return ankers.add(id) ? id : "";
    }

    public String term(Begrip b) {
        List<String> afk = b.afkortingen().stream().filter(a -> a != null && !a.isBlank()).map(String::strip).toList();
        return b.term().strip() + (afk.isEmpty() ? "" : " (" + String.join(", ", afk) + ")");
    }

    public VeiligeHtml definitie(Begrip b) {
        return blokken(b.definitie(), null);
    }

    public String slotformule(Metadata m) {
        return Vaststelling.slotformule(m);
    }

    /** "gelet op ...;" van de aanhef, of "". */
    public VeiligeHtml geletOp(Aanhef a) {
        if (a.geletOp().isEmpty()) return new VeiligeHtml("");
        List<String> gronden = new ArrayList<>();
        a.geletOp().forEach(t -> gronden.add(inline.html(t).markup()));
        // de gronden zijn al veilige HTML; Vaststelling voegt alleen vaste tekst toe
        return new VeiligeHtml(Vaststelling.geletOp(gronden));
    }

    public String bijlageKop(Bijlage b) {
        return kop("Bijlage", b.nummer(), b.titel()).isEmpty() ? "Bijlage" : (b.nummer().isBlank() ? kop("", "Bijlage", b.titel()) : kop("Bijlage", b.nummer(), b.titel()));
    }

    /** Blokken zonder ankers (inleiding, aanhef, bijlage). */
    public VeiligeHtml blokken(List<Blok> blokken) {
        return blokken(blokken, null);
    }

    /** Blokken als HTML; {@code artikel} is het id voor ankers van leden en onderdelen (of null). */
    public VeiligeHtml blokken(List<Blok> blokken, String artikel) {
        StringBuilder sb = new StringBuilder();
        schrijf(blokken, artikel, null, sb);
        return new VeiligeHtml(sb.toString());
    }

    private void schrijf(List<Blok> blokken, String artikel, String lid, StringBuilder sb) {
        List<Blok.Lid> leden = new ArrayList<>();
        for (Blok b : blokken) {
            if (b instanceof Blok.Lid l) {
                leden.add(l);
                continue;
            }
            if (!leden.isEmpty()) leden(leden, artikel, sb);
            leden = new ArrayList<>();
            blok(b, artikel, lid, sb);
        }
        if (!leden.isEmpty()) leden(leden, artikel, sb);
    }

    private void leden(List<Blok.Lid> leden, String artikel, StringBuilder sb) {
        sb.append("<ol class=\"leden\">\n");
        for (Blok.Lid l : leden) {
            String nr = Nummering.kaal(l.nummer());
            sb.append("<li").append(id(artikel == null ? null : verwijzingen.anker(artikel, nr, null))).append("><span class=\"label\">")
                    .append(VeiligeHtml.escape(label(l.nummer()))).append("</span> ");
            schrijf(l.inhoud(), artikel, nr, sb);
            sb.append("</li>\n");
        }
        sb.append("</ol>\n");
    }

    private void blok(Blok b, String artikel, String lid, StringBuilder sb) {
        b.accept(new Blok.Bezoeker<Void>() {
            @Override
            public Void alinea(Blok.Alinea a) {
                sb.append("<p>").append(inline.html(a.tekst()).markup()).append("</p>\n");
                return null;
            }

            @Override
            public Void wettenregel(Blok.Wettenregel w) {
                String r = wetten(w.wetten());
                if (!r.isEmpty()) sb.append("<p class=\"wetten\">").append(VeiligeHtml.escape(r)).append("</p>\n");
                return null;
            }

            @Override
            public Void lid(Blok.Lid l) {
                leden(List.of(l), artikel, sb);
                return null;
            }

            @Override
            public Void lijst(Blok.Lijst l) {
                boolean opsomming = l.soort() == LijstSoort.OPSOMMING;
                sb.append(opsomming ? "<ul>\n" : "<ol class=\"onderdelen\">\n");
                List<Onderdeel> os = l.onderdelen();
                for (int i = 0; i < os.size(); i++) {
                    Onderdeel o = os.get(i);
                    sb.append("<li");
                    if (!opsomming) {
                        String label = Nummering.label(l.soort(), o.label(), i);
                        if (artikel != null) sb.append(id(verwijzingen.anker(artikel, lid, label)));
                        sb.append("><span class=\"label\">").append(VeiligeHtml.escape(label + ".")).append("</span> ");
                    } else {
                        sb.append('>');
                    }
                    // dieper dan één onderdeel wijst een verwijzing niet
                    schrijf(o.inhoud(), null, null, sb);
                    sb.append("</li>\n");
                }
                sb.append(opsomming ? "</ul>\n" : "</ol>\n");
                return null;
            }

            @Override
            public Void tabel(Blok.Tabel t) {
                sb.append("<table>\n");
                if (!t.titel().isLeeg()) sb.append("<caption>").append(inline.html(t.titel()).markup()).append("</caption>\n");
                if (t.kop() != null) {
                    sb.append("<thead><tr>");
                    for (Tekst c : t.kop().cellen()) sb.append("<th scope=\"col\">").append(inline.html(c).markup()).append("</th>");
                    sb.append("</tr></thead>\n");
                }
                sb.append("<tbody>\n");
                for (Blok.Tabel.Rij r : t.rijen()) {
                    sb.append("<tr>");
                    for (Tekst c : r.cellen()) sb.append("<td>").append(inline.html(c).markup()).append("</td>");
                    sb.append("</tr>\n");
                }
                sb.append("</tbody>\n</table>\n");
                return null;
            }

            @Override
            public Void begrippenlijst(Blok.Begrippenlijst l) {
                sb.append("<ol class=\"onderdelen begrippen\">\n");
                for (int i = 0; i < l.begrippen().size(); i++) {
                    Begrip g = l.begrippen().get(i);
                    sb.append("<li").append(id(g.id())).append('>');
                    if (l.soort() != LijstSoort.OPSOMMING) {
                        sb.append("<span class=\"label\">").append(VeiligeHtml.escape(Nummering.label(l.soort(), g.label(), i) + "."))
                                .append("</span> ");
                    }
                    sb.append("<dfn>").append(VeiligeHtml.escape(term(g))).append("</dfn>: ");
                    schrijf(g.definitie(), null, null, sb);
                    sb.append("</li>\n");
                }
                sb.append("</ol>\n");
                return null;
            }
        });
    }

    private String id(String anker) {
        if (anker == null) return "";
        String a = anker(anker);
        return a.isEmpty() ? "" : " id=\"" + VeiligeHtml.escape(a) + "\"";
    }

    private static String label(String nummer) {
        String n = nummer == null ? "" : nummer.strip();
        if (n.isEmpty() || n.endsWith(".") || n.endsWith(")")) return n;
        return n + ".";
    }
}
