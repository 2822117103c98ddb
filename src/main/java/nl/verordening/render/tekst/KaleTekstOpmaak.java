package nl.verordening.render.tekst;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.verordening.model.Aanhef;
import nl.verordening.model.Artikel;
import nl.verordening.model.Begrip;
import nl.verordening.model.Bijlage;
import nl.verordening.model.Hoofdstuk;
import nl.verordening.model.Blok;
import nl.verordening.model.Kopstijl;
import nl.verordening.model.LijstSoort;
import nl.verordening.model.Metadata;
import nl.verordening.model.Onderdeel;
import nl.verordening.model.Ondertekening;
import nl.verordening.model.Paragraaf;
import nl.verordening.model.Tekst;
import nl.verordening.model.Verordening;
import nl.verordening.model.WetTag;
import nl.verordening.render.InlineTekst;
import nl.verordening.render.NederlandseDatum;
import nl.verordening.render.Vaststelling;
import nl.verordening.render.WettenTekst;

/**
 * De opmaak van de kale tekst, in het sjabloon beschikbaar als {@code $tekst}. Geeft nooit null
 * terug (het sjabloon draait met strikte referenties).
 *
 * <p>Blokken: een alinea is één regel; een lid begint met "1. " en zijn eerste alinea, verdere
 * blokken springen in; onderdelen van een lijst staan als "a. ", "1. ", "i. ", "1° " of "- " op een eigen
 * regel zonder lege regel ertussen, geneste onderdelen springen per niveau {@value #INSPRINGING}
 * spaties verder in. Tussen blokken op hetzelfde niveau staat een lege regel, behalve na een
 * wettenregel ("[Jeugdwet]"): die hoort bij wat volgt.
 */
public final class KaleTekstOpmaak {

    /** Spaties inspringing per niveau. */
    public static final int INSPRINGING = 3;

    private final InlineTekst inline;
    private final Kopstijl kopstijl;

    public KaleTekstOpmaak(Verordening verordening) {
        this.inline = new InlineTekst(verordening);
        this.kopstijl = verordening.metadata().kopstijl();
    }

    /** Een tekst als één regel: opmaak weg, verwijzingen en parameters ingevuld, witruimte enkel. */
    public String tekst(Tekst tekst) {
        return tekst == null ? "" : enkel(inline.platte(tekst));
    }

    /** "nummer titel", zonder overbodige spaties als een van beide ontbreekt. */
    public String kop(String nummer, String titel) {
        String n = nummer == null ? "" : nummer.trim();
        String t = titel == null ? "" : enkel(titel);
        if (n.isEmpty()) return t;
        return t.isEmpty() ? n : n + " " + t;
    }

    /**
     * De kop van een hoofdstuk zoals vastgesteld: "Hoofdstuk 3 Titel" met een woord in de
     * {@link Kopstijl}, anders "3 Titel". Een hoofdstuk zonder nummer krijgt geen woord.
     */
    public String hoofdstukKop(Hoofdstuk h) {
        return kop(metWoord(kopstijl.hoofdstuk(), h.nummer(), false), h.titel());
    }

    /** "Paragraaf 2.1 Titel", "§ Titel" (een ongenummerde paragraaf met trefwoord), of "2.1 Titel". */
    public String paragraafKop(Paragraaf p) {
        return kop(metWoord(kopstijl.paragraaf(), p.nummer(), true), p.titel());
    }

    /** "Artikel 12 Titel", "Artikel 12" (zonder titel), of "3.1.1 A Titel". */
    public String artikelKop(Artikel a) {
        return kop(metWoord(kopstijl.artikel(), a.nummer(), true), a.titel());
    }

    private static String metWoord(String woord, String nummer, boolean ookZonderNummer) {
        String n = nummer == null ? "" : nummer.trim();
        if (woord.isEmpty() || (n.isEmpty() && !ookZonderNummer)) return n;
        return n.isEmpty() ? woord : woord + " " + n;
    }

    /** De wettenregel "[Wmo, LLV, Wgs]", of "" zonder wetten. */
    public String wetten(List<WetTag> wetten) {
        return wetten == null ? "" : WettenTekst.regel(wetten);
    }

    /** "18 december 2025", of "" zonder datum. */
    public String datum(LocalDate datum) {
        return datum == null ? "" : NederlandseDatum.lang(datum);
    }

    public boolean isParagraaf(Object o) {
        return o instanceof Paragraaf;
    }

    public boolean isArtikel(Object o) {
        return o instanceof Artikel;
    }

    /** De term met afkortingen: "Persoonsgebonden budget (Pgb)". */
    public String term(Begrip begrip) {
        String t = enkel(begrip.term());
        List<String> afk = new ArrayList<>();
        for (String a : begrip.afkortingen()) {
            if (a != null && !a.isBlank()) afk.add(a.trim());
        }
        return afk.isEmpty() ? t : t + " (" + String.join(", ", afk) + ")";
    }

    /**
     * De definitie, te plaatsen na "term: ": de eerste alinea op dezelfde regel, verdere blokken
     * op de volgende regels. Begint de definitie niet met een alinea, dan begint de tekst met een
     * regelovergang.
     */
    public String definitie(Begrip begrip) {
        List<Blok> d = begrip.definitie();
        if (d.isEmpty()) return "";
        StringBuilder sb = new StringBuilder();
        int start = 0;
        if (d.get(0) instanceof Blok.Alinea) {
            sb.append(tekst(((Blok.Alinea) d.get(0)).tekst()));
            start = 1;
        }
        if (start < d.size()) {
            sb.append('\n');
            schrijfBlokken(d.subList(start, d.size()), 0, false, sb);
        }
        return sb.toString();
    }

    /** De blokken als tekst (meerdere regels, zonder afsluitende regelovergang). */
    public String blokken(List<Blok> blokken) {
        if (blokken == null) return "";
        StringBuilder sb = new StringBuilder();
        schrijfBlokken(blokken, 0, false, sb);
        return sb.toString();
    }

    /**
     * De aanhef: de lopende tekst ("De raad van de gemeente X;", "gelezen het voorstel ..."), de
     * "gelet op"-zin en "besluit:" met wat daarop volgt, elk gescheiden door een lege regel.
     */
    public String aanhef(Aanhef aanhef) {
        if (aanhef == null || aanhef.isEmpty()) return "";
        List<String> delen = new ArrayList<>();
        if (!aanhef.tekst().isEmpty()) delen.add(blokken(aanhef.tekst()));
        if (!aanhef.geletOp().isEmpty()) {
            List<String> gronden = new ArrayList<>();
            aanhef.geletOp().forEach(t -> gronden.add(tekst(t)));
            delen.add(Vaststelling.geletOp(gronden));
        }
        if (!aanhef.besluit().isEmpty()) delen.add("besluit:\n\n" + blokken(aanhef.besluit()));
        return String.join("\n\n", delen);
    }

    /** De slotformule die bij het orgaan past, of zoals vastgesteld (zie {@link Vaststelling}). */
    public String slotformule(Metadata metadata) {
        return Vaststelling.slotformule(metadata);
    }

    /** "Bijlage 1 Tarieven", "Bijlage Tarieven" (ongenummerd). */
    public String bijlageKop(Bijlage b) {
        return kop(b.nummer().isBlank() ? "Bijlage" : "Bijlage " + b.nummer().trim(), b.titel());
    }

    /**
     * De ondertekenaars naast elkaar: functies op de eerste regel, na een lege regel de namen,
     * in kolommen; de namen eerst als de vastgestelde tekst ze boven de functies zet.
     */
    public String ondertekening(Ondertekening ondertekening) {
        if (ondertekening == null || ondertekening.ondertekenaars().isEmpty()) return "";
        List<String> functies = new ArrayList<>();
        List<String> namen = new ArrayList<>();
        for (Ondertekening.Ondertekenaar o : ondertekening.ondertekenaars()) {
            functies.add(o.functie() == null ? "" : enkel(o.functie()));
            namen.add(o.naam() == null ? "" : enkel(o.naam()));
        }
        StringBuilder f = new StringBuilder();
        StringBuilder n = new StringBuilder();
        for (int i = 0; i < functies.size(); i++) {
            if (i < functies.size() - 1) {
                int breedte = Math.max(functies.get(i).length(), namen.get(i).length()) + 4;
                f.append(String.format("%-" + breedte + "s", functies.get(i)));
                n.append(String.format("%-" + breedte + "s", namen.get(i)));
            } else {
                f.append(functies.get(i));
                n.append(namen.get(i));
            }
        }
        if (ondertekening.volgorde() == Ondertekening.Volgorde.NAAM_FUNCTIE) {
            return n.toString().stripTrailing() + "\n\n" + f.toString().stripTrailing();
        }
        return f.toString().stripTrailing() + "\n\n" + n.toString().stripTrailing();
    }

    // ---- blokken ----

    /**
     * @param compact in een onderdeel: geen lege regels tussen de blokken
     */
    private void schrijfBlokken(List<Blok> blokken, int niveau, boolean compact, StringBuilder sb) {
        Blok vorige = null;
        for (Blok b : blokken) {
            if (vorige != null) {
                sb.append('\n');
                if (!compact && !(vorige instanceof Blok.Wettenregel)) sb.append('\n');
            }
            schrijfBlok(b, niveau, compact, sb);
            vorige = b;
        }
    }

    private void schrijfBlok(Blok b, int niveau, boolean compact, StringBuilder sb) {
        String in = " ".repeat(niveau * INSPRINGING);
        b.accept(new Blok.Bezoeker<Void>() {
            @Override
            public Void alinea(Blok.Alinea a) {
                sb.append(in).append(tekst(a.tekst()));
                return null;
            }

            @Override
            public Void wettenregel(Blok.Wettenregel w) {
                sb.append(in).append(WettenTekst.regel(w.wetten()));
                return null;
            }

            @Override
            public Void lid(Blok.Lid lid) {
                metLabel(in + label(lid.nummer()), lid.inhoud(), niveau, compact, sb);
                return null;
            }

            @Override
            public Void lijst(Blok.Lijst lijst) {
                List<Onderdeel> onderdelen = lijst.onderdelen();
                for (int i = 0; i < onderdelen.size(); i++) {
                    if (i > 0) sb.append('\n');
                    Onderdeel o = onderdelen.get(i);
                    String label = lijst.soort() == LijstSoort.OPSOMMING ? "-" : label(labelVan(lijst.soort(), o.label(), i));
                    metLabel(in + label, o.inhoud(), niveau, true, sb);
                }
                return null;
            }

            @Override
            public Void begrippenlijst(Blok.Begrippenlijst lijst) {
                List<Begrip> begrippen = lijst.begrippen();
                for (int i = 0; i < begrippen.size(); i++) {
                    if (i > 0) sb.append('\n');
                    Begrip g = begrippen.get(i);
                    String label = lijst.soort() == LijstSoort.OPSOMMING ? "-" : label(labelVan(lijst.soort(), g.label(), i));
                    sb.append(in).append(label).append(' ').append(term(g)).append(':');
                    String d = definitie(g);
                    if (!d.isEmpty()) sb.append(d.startsWith("\n") ? "" : " ").append(d.replace("\n", "\n" + in + " ".repeat(INSPRINGING)));
                }
                return null;
            }

            /** Opschrift, dan per rij de cellen gescheiden door " | " (de kop eerst). */
            @Override
            public Void tabel(Blok.Tabel t) {
                List<String> regels = new ArrayList<>();
                if (!t.titel().isLeeg()) regels.add(tekst(t.titel()));
                if (t.kop() != null) regels.add(rij(t.kop()));
                t.rijen().forEach(r -> regels.add(rij(r)));
                for (int i = 0; i < regels.size(); i++) {
                    if (i > 0) sb.append('\n');
                    sb.append(in).append(regels.get(i));
                }
                return null;
            }

            private String rij(Blok.Tabel.Rij r) {
                List<String> cellen = new ArrayList<>();
                r.cellen().forEach(c -> cellen.add(tekst(c)));
                return String.join(" | ", cellen).strip();
            }
        });
    }

    /** Label en eerste alinea op één regel, de rest een niveau dieper. */
    private void metLabel(String label, List<Blok> inhoud, int niveau, boolean compact, StringBuilder sb) {
        sb.append(label);
        int start = 0;
        if (!inhoud.isEmpty() && inhoud.get(0) instanceof Blok.Alinea) {
            String t = tekst(((Blok.Alinea) inhoud.get(0)).tekst());
            if (!t.isEmpty()) sb.append(' ').append(t);
            start = 1;
        }
        if (start < inhoud.size()) {
            sb.append('\n');
            if (!compact && start > 0) sb.append('\n');
            schrijfBlokken(inhoud.subList(start, inhoud.size()), niveau + 1, compact, sb);
        }
    }

    private static String label(String nummer) {
        String n = nummer == null ? "" : nummer.trim();
        if (n.isEmpty() || n.endsWith(".") || n.endsWith(")") || n.endsWith("°")) return n;
        return n + ".";
    }

    /** Het label van een onderdeel; ontbreekt het, dan volgt het uit de plaats in de lijst. */
    static String labelVan(LijstSoort soort, String label, int index) {
        if (label != null && !label.isBlank()) return label.trim();
        switch (soort) {
            case LETTERS: return letters(index);
            case ROMEINS: return romeins(index + 1);
            case GRAAD: return (index + 1) + "°";
            default: return String.valueOf(index + 1);
        }
    }

    private static String letters(int index) {
        String r = "";
        int i = index;
        do {
            r = (char) ('a' + i % 26) + r;
            i = i / 26 - 1;
        } while (i >= 0);
        return r;
    }

    private static String romeins(int n) {
        int[] waarden = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] tekens = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};
        StringBuilder sb = new StringBuilder();
        int rest = n;
        for (int i = 0; i < waarden.length; i++) {
            while (rest >= waarden[i]) {
                sb.append(tekens[i]);
                rest -= waarden[i];
            }
        }
        return sb.toString();
    }

    private static String enkel(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").trim();
    }
}
