package nl.verordening.render.bron;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.verordening.model.Artikel;
import nl.verordening.model.Begrip;
import nl.verordening.model.Blok;
import nl.verordening.model.Hoofdstuk;
import nl.verordening.model.LijstSoort;
import nl.verordening.model.Metadata;
import nl.verordening.model.Onderdeel;
import nl.verordening.model.Onderdeelhouder;
import nl.verordening.model.Ondertekening;
import nl.verordening.model.Paragraaf;
import nl.verordening.model.Parameter;
import nl.verordening.model.Publieksextra;
import nl.verordening.model.StabielId;
import nl.verordening.model.Verordening;
import nl.verordening.model.Wet;
import nl.verordening.render.WettenTekst;

/**
 * Schrijft een model als bronmap (het omgekeerde van de lader): {@code verordening.yaml},
 * {@code wetten.yaml}, {@code parameters.yaml} en één bestand per hoofdstuk. Gebruikt door
 * {@code verordening import}; de uitvoer laadt weer tot hetzelfde model.
 */
public final class BronWriter {

    /** Relatief pad naar inhoud, in vaste volgorde. */
    public Map<String, String> write(Verordening v) {
        Map<String, String> files = new LinkedHashMap<>();
        List<String> hoofdstukBestanden = new ArrayList<>();
        for (Hoofdstuk h : v.hoofdstukken()) {
            String naam = "hoofdstukken/" + bestandsnaam(h);
            hoofdstukBestanden.add(naam);
            files.put(naam, hoofdstuk(h));
        }
        files.put("verordening.yaml", hoofdbestand(v.metadata(), hoofdstukBestanden));
        files.put("wetten.yaml", wetten(v.wetten()));
        if (!v.parameters().isEmpty()) files.put("parameters.yaml", parameters(v.parameters()));
        Map<String, String> geordend = new LinkedHashMap<>();
        files.keySet().stream().sorted().forEach(k -> geordend.put(k, files.get(k)));
        return geordend;
    }

    static String bestandsnaam(Hoofdstuk h) {
        String nr = h.nummer().matches("[0-9]+") ? String.format(Locale.ROOT, "%02d", Integer.parseInt(h.nummer())) : h.nummer();
        return nr + "-" + StabielId.slug(h.titel()) + ".yaml";
    }

    private String hoofdbestand(Metadata m, List<String> hoofdstukken) {
        Yaml y = new Yaml();
        y.commentaar("Verordening: gegevens, ondertekening en de hoofdstukken in volgorde.");
        y.commentaar("Formaat: zie docs/bronformaat.md.");
        y.veld(0, "gemeente", m.gemeente());
        y.veld(0, "cbs-code", m.cbsCode());
        y.veld(0, "titel", m.titel());
        y.veld(0, "citeertitel", m.citeertitel());
        y.veld(0, "jaar", m.jaar() == 0 ? "" : Integer.toString(m.jaar()));
        if (m.vastgesteld() != null) y.veld(0, "vastgesteld", m.vastgesteld().toString());
        if (m.inwerkingtreding() != null) y.veld(0, "inwerkingtreding", m.inwerkingtreding().toString());
        if (m.intrekt() != null) y.veld(0, "intrekt", m.intrekt());
        if (!m.aanhef().isEmpty()) y.blokken(0, "aanhef", m.aanhef().tekst());
        if (m.ondertekening() != null && !m.ondertekening().ondertekenaars().isEmpty()) {
            y.sleutel(0, "ondertekening");
            for (Ondertekening.Ondertekenaar o : m.ondertekening().ondertekenaars()) {
                y.itemVeld(2, "functie", o.functie());
                y.veld(4, "naam", o.naam());
            }
        }
        y.sleutel(0, "hoofdstukken");
        hoofdstukken.forEach(h -> y.item(2, h));
        return y.toString();
    }

    private String wetten(List<Wet> wetten) {
        Yaml y = new Yaml();
        y.commentaar("Register van wetten die de wettenregel van een artikel mag noemen.");
        y.sleutel(0, "wetten");
        for (Wet w : wetten) {
            y.itemVeld(2, "code", w.code());
            y.veld(4, "naam", w.naam());
            if (w.bwbId() != null) y.veld(4, "bwb", w.bwbId());
        }
        return y.toString();
    }

    private String parameters(List<Parameter> parameters) {
        Yaml y = new Yaml();
        y.commentaar("Parameters: bedragen, afstanden en termijnen met waarden per ingangsdatum.");
        y.sleutel(0, "parameters");
        for (Parameter p : parameters) {
            y.itemVeld(2, "id", p.id());
            if (!p.omschrijving().isEmpty()) y.veld(4, "omschrijving", p.omschrijving());
            if (!p.eenheid().isEmpty()) y.veld(4, "eenheid", p.eenheid());
            if (p.artikel() != null) y.veld(4, "artikel", p.artikel());
            y.sleutel(4, "waarden");
            for (Parameter.Waarde w : p.waarden()) {
                y.itemVeld(6, "vanaf", w.geldigVanaf().toString());
                y.veld(8, "waarde", w.waarde());
            }
        }
        return y.toString();
    }

    private String hoofdstuk(Hoofdstuk h) {
        Yaml y = new Yaml();
        y.commentaar("Hoofdstuk " + h.nummer() + " " + h.titel());
        y.veld(0, "hoofdstuk", h.nummer());
        y.veld(0, "id", h.id());
        y.veld(0, "titel", h.titel());
        if (!h.inleiding().isEmpty()) y.blokken(0, "inleiding", h.inleiding());
        if (!h.kernwaarden().isEmpty()) {
            y.sleutel(0, "kernwaarden");
            h.kernwaarden().forEach(k -> y.item(2, MarkdownText.van(k.tekst())));
        }
        if (!h.begrippen().isEmpty()) {
            y.sleutel(0, "begrippen");
            for (Begrip b : h.begrippen()) begrip(y, b);
        }
        if (!h.onderdelen().isEmpty()) {
            y.sleutel(0, "inhoud");
            for (Onderdeelhouder o : h.onderdelen()) {
                if (o instanceof Paragraaf p) paragraaf(y, p, 2);
                else if (o instanceof Artikel a) artikel(y, a, 2);
            }
        }
        return y.toString();
    }

    private void begrip(Yaml y, Begrip b) {
        y.itemVeld(2, "term", b.term());
        y.veld(4, "id", b.id());
        if (!b.afkortingen().isEmpty()) y.flow(4, "afkortingen", b.afkortingen());
        if (!b.varianten().isEmpty()) y.flow(4, "varianten", b.varianten());
        y.blokken(4, "definitie", b.definitie());
    }

    private void paragraaf(Yaml y, Paragraaf p, int in) {
        y.itemVeld(in, "paragraaf", p.nummer());
        y.veld(in + 2, "id", p.id());
        y.veld(in + 2, "titel", p.titel());
        if (!p.wetten().isEmpty()) y.flow(in + 2, "wetten", WettenTekst.geschreven(p.wetten()));
        if (!p.inleiding().isEmpty()) y.blokken(in + 2, "inleiding", p.inleiding());
        y.sleutel(in + 2, "artikelen");
        for (Artikel a : p.artikelen()) artikel(y, a, in + 4);
    }

    private void artikel(Yaml y, Artikel a, int in) {
        y.itemVeld(in, "artikel", a.nummer());
        int k = in + 2;
        y.veld(k, "id", a.id());
        y.veld(k, "titel", a.titel());
        if (!a.wetten().isEmpty()) y.flow(k, "wetten", WettenTekst.geschreven(a.wetten()));
        y.blokkenAltijd(k, "inhoud", a.inhoud());
        Publieksextra p = a.publiek();
        if (!p.uitleg().isEmpty()) y.blokken(k, "uitleg", p.uitleg());
        if (!p.voorbeeld().isEmpty()) y.blokken(k, "voorbeeld", p.voorbeeld());
        if (p.illustratie() != null) {
            y.sleutel(k, "illustratie");
            y.veld(k + 2, "bestand", p.illustratie().pad());
            y.veld(k + 2, "alt", p.illustratie().alt());
        }
        if (!a.toelichting().isEmpty()) y.blokken(k, "toelichting", a.toelichting());
    }

    /** YAML-opbouw met vaste inspringing; houdt de structuur van de bron op één plek. */
    private static final class Yaml {
        private final StringBuilder sb = new StringBuilder();

        void commentaar(String s) {
            sb.append("# ").append(s).append('\n');
        }

        void sleutel(int in, String k) {
            sb.append(" ".repeat(in)).append(k).append(":\n");
        }

        void veld(int in, String k, String v) {
            sb.append(" ".repeat(in)).append(k).append(": ").append(YamlText.waarde(v, in + 2, in + k.length() + 2));
        }

        /** "- k: v" als eerste veld van een lijstitem; volgende velden op in + 2. */
        void itemVeld(int in, String k, String v) {
            sb.append(" ".repeat(in)).append("- ").append(k).append(": ").append(YamlText.waarde(v, in + 4, in + k.length() + 4));
        }

        void item(int in, String v) {
            sb.append(" ".repeat(in)).append("- ").append(YamlText.waarde(v, in + 2, in + 2));
        }

        void flow(int in, String k, List<String> items) {
            sb.append(" ".repeat(in)).append(k).append(": [")
                    .append(String.join(", ", items.stream().map(YamlText::flowItem).toList())).append("]\n");
        }

        /** Eén alinea als tekst op de sleutel, anders een lijst van blokken. */
        void blokken(int in, String k, List<Blok> blokken) {
            if (blokken.size() == 1 && blokken.get(0) instanceof Blok.Alinea a) {
                veld(in, k, MarkdownText.van(a.tekst()));
            } else {
                blokkenAltijd(in, k, blokken);
            }
        }

        void blokkenAltijd(int in, String k, List<Blok> blokken) {
            if (blokken.isEmpty()) {
                sb.append(" ".repeat(in)).append(k).append(": []\n");
                return;
            }
            sleutel(in, k);
            for (Blok b : blokken) blok(in + 2, b);
        }

        private void blok(int in, Blok b) {
            if (b instanceof Blok.Alinea a) {
                item(in, MarkdownText.van(a.tekst()));
            } else if (b instanceof Blok.Wettenregel w) {
                sb.append(" ".repeat(in)).append("- ");
                flow(0, "wetten", WettenTekst.geschreven(w.wetten()));
            } else if (b instanceof Blok.Lid l) {
                itemVeld(in, "lid", l.nummer());
                verkort(in + 2, l.inhoud(), "tekst");
            } else if (b instanceof Blok.Lijst l) {
                sb.append(" ".repeat(in)).append("- ");
                lijst(in + 2, l, true);
            }
        }

        /** tekst, dan onderdelen/opsomming, dan inhoud: de verkorte vorm die de lader kent. */
        private void verkort(int in, List<Blok> inhoud, String tekstSleutel) {
            int i = 0;
            if (tekstSleutel != null && i < inhoud.size() && inhoud.get(i) instanceof Blok.Alinea a) {
                veld(in, tekstSleutel, MarkdownText.van(a.tekst()));
                i++;
            }
            if (i < inhoud.size() && inhoud.get(i) instanceof Blok.Lijst l) {
                lijst(in, l, false);
                i++;
            }
            if (i < inhoud.size()) blokkenAltijd(in, "inhoud", inhoud.subList(i, inhoud.size()));
        }

        /** {@code opVolgregel}: de sleutel komt direct na "- " (al geschreven inspringing). */
        private void lijst(int in, Blok.Lijst l, boolean opVolgregel) {
            String k = l.soort() == LijstSoort.OPSOMMING ? "opsomming" : "onderdelen";
            sb.append(opVolgregel ? "" : " ".repeat(in)).append(k).append(":\n");
            for (Onderdeel o : l.onderdelen()) {
                if (l.soort() == LijstSoort.OPSOMMING) {
                    if (o.inhoud().size() == 1 && o.inhoud().get(0) instanceof Blok.Alinea a) {
                        item(in + 2, MarkdownText.van(a.tekst()));
                    } else {
                        sb.append(" ".repeat(in + 2)).append("-");
                        if (o.inhoud().isEmpty()) {
                            sb.append(" ''\n");
                            continue;
                        }
                        sb.append('\n');
                        verkort(in + 4, o.inhoud(), "tekst");
                    }
                } else {
                    List<Blok> inhoud = o.inhoud();
                    String eerste = !inhoud.isEmpty() && inhoud.get(0) instanceof Blok.Alinea a ? MarkdownText.van(a.tekst()) : null;
                    if (eerste != null) itemVeld(in + 2, o.label(), eerste);
                    else sb.append(" ".repeat(in + 2)).append("- ").append(o.label()).append(":\n");
                    verkort(in + 4, eerste != null ? inhoud.subList(1, inhoud.size()) : inhoud, null);
                }
            }
        }

        @Override
        public String toString() {
            return sb.toString();
        }
    }
}
