package nl.verordening.render.bron;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.verordening.model.Aanhef;
import nl.verordening.model.Artikel;
import nl.verordening.model.Begrip;
import nl.verordening.model.Bijlage;
import nl.verordening.model.Blok;
import nl.verordening.model.Hoofdstuk;
import nl.verordening.model.LijstSoort;
import nl.verordening.model.Metadata;
import nl.verordening.model.Onderdeel;
import nl.verordening.model.Onderdeelhouder;
import nl.verordening.model.Ondertekening;
import nl.verordening.model.Orgaan;
import nl.verordening.model.Paragraaf;
import nl.verordening.model.Parameter;
import nl.verordening.model.Publieksextra;
import nl.verordening.model.StabielId;
import nl.verordening.model.Verordening;
import nl.verordening.model.Wet;
import nl.verordening.model.bron.Bronformaat;
import nl.verordening.model.bron.Sleutel;
import nl.verordening.render.WettenTekst;

/**
 * Schrijft een model als bronmap (het omgekeerde van de lader): {@code verordening.yaml},
 * {@code wetten.yaml}, {@code parameters.yaml}, één bestand per hoofdstuk en per bijlage. Gebruikt
 * door {@code verordening import}; de uitvoer laadt weer tot hetzelfde model. Elke sleutel komt uit
 * {@link Bronformaat}, dezelfde definitie die de lader gebruikt.
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
        List<String> bijlageBestanden = new ArrayList<>();
        for (Bijlage b : v.bijlagen()) {
            String naam = "bijlagen/" + bestandsnaam(b);
            bijlageBestanden.add(naam);
            files.put(naam, bijlage(b));
        }
        files.put(Bronformaat.Hoofdbestand.BESTAND, hoofdbestand(v.metadata(), hoofdstukBestanden, bijlageBestanden));
        files.put(Bronformaat.Wettenbestand.BESTAND, wetten(v.wetten()));
        if (!v.parameters().isEmpty()) files.put(Bronformaat.Parametersbestand.BESTAND, parameters(v.parameters()));
        Map<String, String> geordend = new LinkedHashMap<>();
        files.keySet().stream().sorted().forEach(k -> geordend.put(k, files.get(k)));
        return geordend;
    }

    static String bestandsnaam(Hoofdstuk h) {
        return nummerVoorBestand(h.nummer()) + "-" + StabielId.slug(h.titel()) + ".yaml";
    }

    static String bestandsnaam(Bijlage b) {
        String nr = nummerVoorBestand(b.nummer());
        String titel = StabielId.slug(b.titel());
        return (nr.isEmpty() ? "bijlage" : nr) + (titel.isEmpty() ? "" : "-" + titel) + ".yaml";
    }

    /** "3" wordt "03" zodat bestanden op volgorde staan; een ander nummer ("2a", "I") als slug, veilig als bestandsnaam. */
    private static String nummerVoorBestand(String nummer) {
        return nummer.matches("[0-9]+") ? String.format(Locale.ROOT, "%02d", Integer.parseInt(nummer)) : StabielId.slug(nummer);
    }

    private String hoofdbestand(Metadata m, List<String> hoofdstukken, List<String> bijlagen) {
        Yaml y = new Yaml();
        y.commentaar("Verordening: gegevens, ondertekening en de hoofdstukken in volgorde.");
        y.commentaar("Formaat: zie docs/bronformaat.md.");
        y.veld(0, Bronformaat.Hoofdbestand.GEMEENTE, m.gemeente());
        y.veld(0, Bronformaat.Hoofdbestand.CBS_CODE, m.cbsCode());
        y.veld(0, Bronformaat.Hoofdbestand.TITEL, m.titel());
        y.veld(0, Bronformaat.Hoofdbestand.CITEERTITEL, m.citeertitel());
        y.veld(0, Bronformaat.Hoofdbestand.JAAR, m.jaar() == 0 ? "" : Integer.toString(m.jaar()));
        // De standaard (raad) niet schrijven: bestaande bronnen blijven zoals ze waren.
        if (m.orgaan() != Orgaan.RAAD) y.veld(0, Bronformaat.Hoofdbestand.ORGAAN, m.orgaan().code());
        if (m.taalniveau() != nl.verordening.model.taal.Taalniveau.B1) y.veld(0, Bronformaat.Hoofdbestand.TAALNIVEAU, m.taalniveau().name());
        if (m.vastgesteld() != null) y.veld(0, Bronformaat.Hoofdbestand.VASTGESTELD, m.vastgesteld().toString());
        if (m.inwerkingtreding() != null) y.veld(0, Bronformaat.Hoofdbestand.INWERKINGTREDING, m.inwerkingtreding().toString());
        else if (m.inwerkingtredingTekst() != null) y.veld(0, Bronformaat.Hoofdbestand.INWERKINGTREDING, m.inwerkingtredingTekst());
        if (m.intrekt() != null) y.veld(0, Bronformaat.Hoofdbestand.INTREKT, m.intrekt());
        aanhef(y, m.aanhef());
        if (m.slotformule() != null) y.veld(0, Bronformaat.Hoofdbestand.SLOTFORMULE, m.slotformule());
        if (m.ondertekening() != null && !m.ondertekening().ondertekenaars().isEmpty()) {
            y.sleutel(0, Bronformaat.Hoofdbestand.ONDERTEKENING);
            for (Ondertekening.Ondertekenaar o : m.ondertekening().ondertekenaars()) {
                y.itemVeld(2, Bronformaat.Ondertekenaar.FUNCTIE, o.functie());
                y.veld(4, Bronformaat.Ondertekenaar.NAAM, o.naam());
            }
        }
        if (m.ondertekening() != null && m.ondertekening().volgorde() != Ondertekening.Volgorde.FUNCTIE_NAAM) {
            y.veld(0, Bronformaat.Hoofdbestand.ONDERTEKENING_VOLGORDE, m.ondertekening().volgorde().code());
        }
        // Alleen nummers (de standaard) niet schrijven: bestaande bronnen blijven zoals ze waren.
        if (!m.kopstijl().isGeen()) {
            y.sleutel(0, Bronformaat.Hoofdbestand.KOPPEN);
            if (!m.kopstijl().hoofdstuk().isEmpty()) y.veld(2, Bronformaat.Koppen.HOOFDSTUK, m.kopstijl().hoofdstuk());
            if (!m.kopstijl().paragraaf().isEmpty()) y.veld(2, Bronformaat.Koppen.PARAGRAAF, m.kopstijl().paragraaf());
            if (!m.kopstijl().artikel().isEmpty()) y.veld(2, Bronformaat.Koppen.ARTIKEL, m.kopstijl().artikel());
        }
        y.sleutel(0, Bronformaat.Hoofdbestand.HOOFDSTUKKEN);
        hoofdstukken.forEach(h -> y.item(2, h));
        if (!bijlagen.isEmpty()) {
            y.sleutel(0, Bronformaat.Hoofdbestand.BIJLAGEN);
            bijlagen.forEach(b -> y.item(2, b));
        }
        return y.toString();
    }

    /** Alleen lopende tekst als blokken (zoals altijd); met gelet op of besluit als blok met sleutels. */
    private void aanhef(Yaml y, Aanhef a) {
        if (a.isEmpty()) return;
        if (a.geletOp().isEmpty() && a.besluit().isEmpty()) {
            y.blokken(0, Bronformaat.Hoofdbestand.AANHEF, a.tekst());
            return;
        }
        y.sleutel(0, Bronformaat.Hoofdbestand.AANHEF);
        if (!a.tekst().isEmpty()) y.blokken(2, Bronformaat.Aanhef.TEKST, a.tekst());
        if (!a.geletOp().isEmpty()) {
            y.sleutel(2, Bronformaat.Aanhef.GELET_OP);
            a.geletOp().forEach(t -> y.item(4, MarkdownText.van(t)));
        }
        if (!a.besluit().isEmpty()) y.blokken(2, Bronformaat.Aanhef.BESLUIT, a.besluit());
    }

    private String wetten(List<Wet> wetten) {
        Yaml y = new Yaml();
        y.commentaar("Register van wetten die de wettenregel van een artikel mag noemen.");
        if (wetten.isEmpty()) {
            y.flow(0, Bronformaat.Wettenbestand.WETTEN, List.of());
            return y.toString();
        }
        y.sleutel(0, Bronformaat.Wettenbestand.WETTEN);
        for (Wet w : wetten) {
            y.itemVeld(2, Bronformaat.Wet.CODE, w.code());
            y.veld(4, Bronformaat.Wet.NAAM, w.naam());
            if (w.bwbId() != null) y.veld(4, Bronformaat.Wet.BWB, w.bwbId());
        }
        return y.toString();
    }

    private String parameters(List<Parameter> parameters) {
        Yaml y = new Yaml();
        y.commentaar("Parameters: bedragen, afstanden en termijnen met waarden per ingangsdatum.");
        y.sleutel(0, Bronformaat.Parametersbestand.PARAMETERS);
        for (Parameter p : parameters) {
            y.itemVeld(2, Bronformaat.Parameter.ID, p.id());
            if (!p.omschrijving().isEmpty()) y.veld(4, Bronformaat.Parameter.OMSCHRIJVING, p.omschrijving());
            if (!p.eenheid().isEmpty()) y.veld(4, Bronformaat.Parameter.EENHEID, p.eenheid());
            if (p.artikel() != null) y.veld(4, Bronformaat.Parameter.ARTIKEL, p.artikel());
            y.sleutel(4, Bronformaat.Parameter.WAARDEN);
            for (Parameter.Waarde w : p.waarden()) {
                y.itemVeld(6, Bronformaat.ParameterWaarde.VANAF, w.geldigVanaf().toString());
                y.veld(8, Bronformaat.ParameterWaarde.WAARDE, w.waarde());
            }
        }
        return y.toString();
    }

    private String hoofdstuk(Hoofdstuk h) {
        Yaml y = new Yaml();
        y.commentaar("Hoofdstuk " + h.nummer() + " " + h.titel());
        y.veld(0, Bronformaat.Hoofdstuk.HOOFDSTUK, h.nummer());
        y.veld(0, Bronformaat.Hoofdstuk.ID, h.id());
        y.veld(0, Bronformaat.Hoofdstuk.TITEL, h.titel());
        if (!h.inleiding().isEmpty()) y.blokken(0, Bronformaat.Hoofdstuk.INLEIDING, h.inleiding());
        if (!h.kernwaarden().isEmpty()) {
            y.sleutel(0, Bronformaat.Hoofdstuk.KERNWAARDEN);
            h.kernwaarden().forEach(k -> y.item(2, MarkdownText.van(k.tekst())));
        }
        if (!h.begrippen().isEmpty()) {
            y.sleutel(0, Bronformaat.Hoofdstuk.BEGRIPPEN);
            for (Begrip b : h.begrippen()) y.begrip(2, b);
        }
        if (!h.onderdelen().isEmpty()) {
            y.sleutel(0, Bronformaat.Hoofdstuk.INHOUD);
            for (Onderdeelhouder o : h.onderdelen()) {
                o.accept(new Onderdeelhouder.Bezoeker<Void>() {
                    @Override public Void paragraaf(Paragraaf p) { BronWriter.this.paragraaf(y, p, 2); return null; }
                    @Override public Void artikel(Artikel a) { BronWriter.this.artikel(y, a, 2); return null; }
                });
            }
        }
        return y.toString();
    }

    private String bijlage(Bijlage b) {
        Yaml y = new Yaml();
        y.commentaar(("Bijlage " + b.nummer()).strip() + " " + b.titel());
        y.veld(0, Bronformaat.Bijlage.BIJLAGE, b.nummer());
        y.veld(0, Bronformaat.Bijlage.ID, b.id());
        y.veld(0, Bronformaat.Bijlage.TITEL, b.titel());
        y.blokkenAltijd(0, Bronformaat.Bijlage.INHOUD, b.inhoud());
        return y.toString();
    }

    private void paragraaf(Yaml y, Paragraaf p, int in) {
        y.itemVeld(in, Bronformaat.Paragraaf.PARAGRAAF, p.nummer());
        y.veld(in + 2, Bronformaat.Paragraaf.ID, p.id());
        y.veld(in + 2, Bronformaat.Paragraaf.TITEL, p.titel());
        if (!p.wetten().isEmpty()) y.flow(in + 2, Bronformaat.Paragraaf.WETTEN, WettenTekst.geschreven(p.wetten()));
        if (!p.inleiding().isEmpty()) y.blokken(in + 2, Bronformaat.Paragraaf.INLEIDING, p.inleiding());
        y.sleutel(in + 2, Bronformaat.Paragraaf.ARTIKELEN);
        for (Artikel a : p.artikelen()) artikel(y, a, in + 4);
    }

    private void artikel(Yaml y, Artikel a, int in) {
        y.itemVeld(in, Bronformaat.Artikel.ARTIKEL, a.nummer());
        int k = in + 2;
        y.veld(k, Bronformaat.Artikel.ID, a.id());
        if (!a.titel().isEmpty()) y.veld(k, Bronformaat.Artikel.TITEL, a.titel());
        if (!a.wetten().isEmpty()) y.flow(k, Bronformaat.Artikel.WETTEN, WettenTekst.geschreven(a.wetten()));
        y.blokkenAltijd(k, Bronformaat.Artikel.INHOUD, a.inhoud());
        Publieksextra p = a.publiek();
        if (!p.uitleg().isEmpty()) y.blokken(k, Bronformaat.Artikel.UITLEG, p.uitleg());
        if (!p.voorbeeld().isEmpty()) y.blokken(k, Bronformaat.Artikel.VOORBEELD, p.voorbeeld());
        if (p.illustratie() != null) {
            y.sleutel(k, Bronformaat.Artikel.ILLUSTRATIE);
            y.veld(k + 2, Bronformaat.Illustratie.BESTAND, p.illustratie().pad());
            y.veld(k + 2, Bronformaat.Illustratie.ALT, p.illustratie().alt());
        }
        if (!a.toelichting().isEmpty()) y.blokken(k, Bronformaat.Artikel.TOELICHTING, a.toelichting());
    }

    /** YAML-opbouw met vaste inspringing; houdt de structuur van de bron op één plek. */
    private static final class Yaml {
        private final StringBuilder sb = new StringBuilder();

        void commentaar(String s) {
            sb.append("# ").append(s).append('\n');
        }

        void sleutel(int in, Sleutel k) {
            sleutel(in, k.naam());
        }

        void veld(int in, Sleutel k, String v) {
            veld(in, k.naam(), v);
        }

        void itemVeld(int in, Sleutel k, String v) {
            itemVeld(in, k.naam(), v);
        }

        void flow(int in, Sleutel k, List<String> items) {
            sb.append(" ".repeat(in)).append(k.naam()).append(": [")
                    .append(String.join(", ", items.stream().map(YamlText::flowItem).toList())).append("]\n");
        }

        private void sleutel(int in, String k) {
            sb.append(" ".repeat(in)).append(k).append(":\n");
        }

        private void veld(int in, String k, String v) {
            sb.append(" ".repeat(in)).append(k).append(": ").append(YamlText.waarde(v, in + 2, in + k.length() + 2));
        }

        /** "- k: v" als eerste veld van een lijstitem; volgende velden op in + 2. */
        private void itemVeld(int in, String k, String v) {
            sb.append(" ".repeat(in)).append("- ").append(k).append(": ").append(YamlText.waarde(v, in + 4, in + k.length() + 4));
        }

        void item(int in, String v) {
            sb.append(" ".repeat(in)).append("- ").append(YamlText.waarde(v, in + 2, in + 2));
        }

        /** Eén alinea als tekst op de sleutel, anders een lijst van blokken. */
        void blokken(int in, Sleutel k, List<Blok> blokken) {
            blokken(in, k.naam(), blokken);
        }

        void blokkenAltijd(int in, Sleutel k, List<Blok> blokken) {
            blokkenAltijd(in, k.naam(), blokken);
        }

        private void blokken(int in, String k, List<Blok> blokken) {
            if (blokken.size() == 1 && blokken.get(0) instanceof Blok.Alinea a) {
                veld(in, k, MarkdownText.van(a.tekst()));
            } else {
                blokkenAltijd(in, k, blokken);
            }
        }

        private void blokkenAltijd(int in, String k, List<Blok> blokken) {
            if (blokken.isEmpty()) {
                sb.append(" ".repeat(in)).append(k).append(": []\n");
                return;
            }
            sleutel(in, k);
            for (Blok b : blokken) blok(in + 2, b);
        }

        /** Een begrip als lijstitem; met label (begripsbepalingen) staat het label voorop. */
        void begrip(int in, Begrip b) {
            if (b.label() != null) {
                itemVeld(in, Bronformaat.Begrip.LABEL, b.label());
                veld(in + 2, Bronformaat.Begrip.TERM, b.term());
            } else {
                itemVeld(in, Bronformaat.Begrip.TERM, b.term());
            }
            veld(in + 2, Bronformaat.Begrip.ID, b.id());
            if (!b.afkortingen().isEmpty()) flow(in + 2, Bronformaat.Begrip.AFKORTINGEN, b.afkortingen());
            if (!b.varianten().isEmpty()) flow(in + 2, Bronformaat.Begrip.VARIANTEN, b.varianten());
            blokken(in + 2, Bronformaat.Begrip.DEFINITIE, b.definitie());
        }

        /** Eén blok als lijstitem op inspringing {@code in}. */
        private void blok(int in, Blok b) {
            b.accept(new Blok.Bezoeker<Void>() {
                @Override
                public Void alinea(Blok.Alinea a) {
                    item(in, MarkdownText.van(a.tekst()));
                    return null;
                }

                @Override
                public Void lid(Blok.Lid l) {
                    itemVeld(in, Bronformaat.Lid.LID, l.nummer());
                    verkort(in + 2, l.inhoud(), Bronformaat.Lid.TEKST.naam());
                    return null;
                }

                @Override
                public Void lijst(Blok.Lijst l) {
                    sb.append(" ".repeat(in)).append("- ");
                    Yaml.this.lijst(in + 2, l, true);
                    return null;
                }

                @Override
                public Void wettenregel(Blok.Wettenregel w) {
                    sb.append(" ".repeat(in)).append("- ");
                    flow(0, Bronformaat.Blokken.WETTEN, WettenTekst.geschreven(w.wetten()));
                    return null;
                }

                @Override
                public Void tabel(Blok.Tabel t) {
                    sb.append(" ".repeat(in)).append("- ").append(Bronformaat.Blokken.TABEL.naam()).append(":\n");
                    int k = in + 4;
                    if (!t.titel().isLeeg()) veld(k, Bronformaat.Tabel.TITEL, MarkdownText.van(t.titel()));
                    if (t.kop() != null) flow(k, Bronformaat.Tabel.KOP, cellen(t.kop()));
                    if (t.rijen().isEmpty()) {
                        flow(k, Bronformaat.Tabel.RIJEN, List.of());
                        return null;
                    }
                    sleutel(k, Bronformaat.Tabel.RIJEN);
                    for (Blok.Tabel.Rij r : t.rijen()) {
                        sb.append(" ".repeat(k + 2)).append("- [")
                                .append(String.join(", ", cellen(r).stream().map(YamlText::flowItem).toList())).append("]\n");
                    }
                    return null;
                }

                @Override
                public Void begrippenlijst(Blok.Begrippenlijst l) {
                    sb.append(" ".repeat(in)).append("- ").append(Bronformaat.Blokken.BEGRIPPEN.naam()).append(":\n");
                    for (Begrip g : l.begrippen()) begrip(in + 4, g);
                    return null;
                }
            });
        }

        private static List<String> cellen(Blok.Tabel.Rij r) {
            return r.cellen().stream().map(MarkdownText::van).toList();
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
            if (i < inhoud.size()) blokkenAltijd(in, Bronformaat.Lid.INHOUD, inhoud.subList(i, inhoud.size()));
        }

        /** {@code opVolgregel}: de sleutel komt direct na "- " (al geschreven inspringing). */
        private void lijst(int in, Blok.Lijst l, boolean opVolgregel) {
            String k = (l.soort() == LijstSoort.OPSOMMING ? Bronformaat.Lid.OPSOMMING : Bronformaat.Lid.ONDERDELEN).naam();
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
                        verkort(in + 4, o.inhoud(), Bronformaat.Opsommingsitem.TEKST.naam());
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
