package nl.verordening.check.verwijzing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.verordening.model.Artikel;
import nl.verordening.model.Bijlage;
import nl.verordening.model.Blok;
import nl.verordening.model.Hoofdstuk;
import nl.verordening.model.Kernwaarde;
import nl.verordening.model.ModelBezoeker;
import nl.verordening.model.ModelIndex;
import nl.verordening.model.ModelWalker;
import nl.verordening.model.Pad;
import nl.verordening.model.Paragraaf;
import nl.verordening.model.SourcePosition;
import nl.verordening.model.Tekst;
import nl.verordening.model.Verordening;

/**
 * Alle tekstverwijzingen van een verordening met hun plek, en de doelen waar ze naar kunnen wijzen
 * (artikelen, paragrafen, hoofdstukken en bijlagen op nummer, artikelen op titel). Eén walk en één
 * parse per verordening, gedeeld door de verwijzingscontroles.
 */
public final class Verwijzingen {

    /** Eén gevonden verwijzing: waar ze staat en in welke tekst. */
    public record Vondst(Tekstverwijzing verwijzing, Pad pad, SourcePosition pos, String tekst) {

        /** De zin om de verwijzing heen. */
        public String zin() {
            int b = verwijzing.begin();
            while (b > 0 && !(tekst.charAt(b - 1) == ' ' && b >= 2 && ".;:".indexOf(tekst.charAt(b - 2)) >= 0)) b--;
            int e = verwijzing.eind();
            while (e < tekst.length() && !(".;:".indexOf(tekst.charAt(e)) >= 0 && (e + 1 >= tekst.length() || tekst.charAt(e + 1) == ' '))) e++;
            return tekst.substring(b, Math.min(tekst.length(), e + 1));
        }
    }

    private static final Pattern DIT = Pattern.compile("\\b[Dd]it (artikel|lid)\\b");

    private static Verordening laatsteBron;
    private static Verwijzingen laatste;

    private final Verordening verordening;
    private final ModelIndex index;
    private final List<Vondst> vondsten = new ArrayList<>();
    private final List<Vondst> ditZonderDoel = new ArrayList<>();
    private final Map<String, Artikel> artikelen = new HashMap<>();
    private final Map<String, Paragraaf> paragrafen = new HashMap<>();
    private final Map<String, Hoofdstuk> hoofdstukken = new HashMap<>();
    private final Map<String, Bijlage> bijlagen = new HashMap<>();
    private final Map<String, List<Artikel>> opTitel = new LinkedHashMap<>();
    private final Map<Object, String> tekstVan = new HashMap<>();

    private Verwijzingen(Verordening v) {
        this.verordening = v;
        this.index = v.index();
        for (Hoofdstuk h : v.hoofdstukken()) {
            hoofdstukken.putIfAbsent(norm(h.nummer()), h);
            for (Paragraaf p : h.paragrafen()) if (!p.nummer().isEmpty()) paragrafen.putIfAbsent(norm(p.nummer()), p);
        }
        for (Artikel a : v.artikelen()) {
            artikelen.putIfAbsent(norm(a.nummer()), a);
            if (!a.titel().isBlank()) opTitel.computeIfAbsent(a.titel().toLowerCase(Locale.ROOT).trim(), k -> new ArrayList<>()).add(a);
        }
        for (Bijlage b : v.bijlagen()) bijlagen.putIfAbsent(norm(b.nummer()), b);
        List<String> titels = new ArrayList<>();
        v.artikelen().forEach(a -> titels.add(a.titel()));
        VerwijzingParser parser = new VerwijzingParser(titels);
        ModelWalker.walk(v, new ModelBezoeker() {
            @Override
            public void alinea(Blok.Alinea a, Pad pad) {
                zoek(a.tekst(), pad, a.pos());
            }

            @Override
            public void kernwaarde(Kernwaarde k, Pad pad) {
                zoek(k.tekst(), pad, k.pos());
            }

            @Override
            public void tabel(Blok.Tabel t, Pad pad) {
                zoek(t.titel(), pad, t.pos());
                if (t.kop() != null) t.kop().cellen().forEach(c -> zoek(c, pad, t.kop().pos()));
                for (Blok.Tabel.Rij r : t.rijen()) r.cellen().forEach(c -> zoek(c, pad, r.pos()));
            }

            private void zoek(Tekst t, Pad pad, SourcePosition pos) {
                if (t.isLeeg()) return;
                String s = t.platteTekst();
                for (Tekstverwijzing tv : parser.parse(s)) vondsten.add(new Vondst(tv, pad, pos, s));
                // "dit artikel" buiten een artikel en "dit lid" buiten een lid wijzen nergens naar
                boolean artikel = pad.artikel() != null;
                boolean lid = pad.lid() != null;
                if (artikel && lid) return;
                Matcher m = DIT.matcher(s);
                while (m.find()) {
                    boolean isLid = m.group(1).equals("lid");
                    if (isLid ? lid : artikel) continue;
                    ditZonderDoel.add(new Vondst(new Tekstverwijzing(Tekstverwijzing.Soort.INTERN,
                            isLid ? Tekstverwijzing.Niveau.LID : Tekstverwijzing.Niveau.ARTIKEL, null, null, null, null, null,
                            !isLid, List.of(), m.start(), m.end(), m.group()), pad, pos, s));
                }
            }
        });
    }

    /** De verwijzingen van deze verordening; de laatste uitkomst wordt bewaard, zodat alle controles één parse delen. */
    public static synchronized Verwijzingen van(Verordening v) {
        if (laatsteBron != v) {
            laatste = new Verwijzingen(v);
            laatsteBron = v;
        }
        return laatste;
    }

    /** "3.1.1 A", "3.1.1.A" en "3.1.1a" zijn hetzelfde nummer. */
    static String norm(String nummer) {
        return nummer == null ? "" : nummer.trim().toLowerCase(Locale.ROOT).replaceAll("[ .]+(?=[a-z]$)", "").replaceAll("\\.$", "");
    }

    public List<Vondst> vondsten() {
        return vondsten;
    }

    /** "dit artikel" in tekst buiten een artikel, "dit lid" buiten een lid. */
    public List<Vondst> ditZonderDoel() {
        return ditZonderDoel;
    }

    public ModelIndex index() {
        return index;
    }

    public Verordening verordening() {
        return verordening;
    }

    public Optional<Artikel> artikel(String nummer) {
        return Optional.ofNullable(artikelen.get(norm(nummer)));
    }

    public Optional<Paragraaf> paragraaf(String nummer) {
        return Optional.ofNullable(paragrafen.get(norm(nummer)));
    }

    public Optional<Hoofdstuk> hoofdstuk(String nummer) {
        return Optional.ofNullable(hoofdstukken.get(norm(nummer)));
    }

    public Optional<Bijlage> bijlage(String nummer) {
        return Optional.ofNullable(bijlagen.get(norm(nummer)));
    }

    /** Artikelen met deze titel (hoofdletters maken niet uit). */
    public List<Artikel> metTitel(String titel) {
        return opTitel.getOrDefault(titel.toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " "), List.of());
    }

    /** Wat er met dit nummer wél bestaat, voor een melding: "paragraaf 3.3 'Toegang'", of null. */
    public String watIs(String nummer) {
        Paragraaf p = paragrafen.get(norm(nummer));
        if (p != null) return "paragraaf " + p.nummer() + titel(p.titel());
        Hoofdstuk h = hoofdstukken.get(norm(nummer));
        if (h != null) return "hoofdstuk " + h.nummer() + titel(h.titel());
        Artikel a = artikelen.get(norm(nummer));
        if (a != null) return "artikel " + a.nummer() + titel(a.titel());
        return null;
    }

    static String titel(String t) {
        return t == null || t.isBlank() ? "" : " '" + t + "'";
    }

    /** De platte tekst van een artikel of lid (alles erin), in kleine letters; voor het onderwerp van een verwijzing. */
    public String tekst(Object artikelOfLid) {
        return tekstVan.computeIfAbsent(artikelOfLid, k -> {
            List<Blok> blokken = k instanceof Artikel a ? a.inhoud() : ((Blok.Lid) k).inhoud();
            StringBuilder sb = new StringBuilder();
            ModelWalker.walk(blokken, Pad.WORTEL, new ModelBezoeker() {
                @Override
                public void tekst(Tekst t, Pad p) {
                    sb.append(t.platteTekst()).append(' ');
                }
            });
            return sb.toString().toLowerCase(Locale.ROOT);
        });
    }
}
