package nl.verordening.check.verwijzing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.verordening.check.verwijzing.Tekstverwijzing.Niveau;
import nl.verordening.check.verwijzing.Tekstverwijzing.Soort;

/**
 * Vindt verwijzingen in lopende tekst, in alle vormen die in vastgestelde verordeningen voorkomen:
 * "artikel 5.2, derde lid, onder b", "artikel 5.2 lid 3", "het tweede lid", "lid 4 van dit artikel",
 * "de in 6.1 genoemde", "artikel 7.4 ‘Verstrekking in natura’", "artikel ‘Verstrekking in natura’",
 * "artikel 7.4verstrekking", "4.6.3.b", "de artikelen 6.2.1 en 6.2.2", "artikel 12 tot en met 14",
 * "hoofdstuk 3", "bijlage 2" en verwijzingen naar wetten ("artikel 4:5 van de Awb").
 *
 * <p>Eén doorgang: één gecombineerde expressie vindt het begin van elke verwijzing; het vervolg (lid,
 * onderdeel, titel, opsomming, wet) wordt vanaf die plek met verankerde patronen gelezen, en de
 * zoektocht gaat verder ná de gevonden verwijzing. Titels zonder aanhalingstekens herkent de parser
 * alleen als ze in de meegegeven titels staan (de titels van de artikelen van de verordening).
 *
 * <p>Onveranderlijk en thread-safe; één parser per verordening.
 */
public final class VerwijzingParser {

    /** De afwijking van een nummer zonder "artikel" ("de in 6.1 genoemde"). */
    public static final String KAAL = "nummer zonder het woord 'artikel'";

    private static final String RANG = Rangtelwoorden.alternatief();
    /** Een artikelnummer: "5", "12a", "4.6.4", "4:5", "3.1.1.A" of "3.1.1 A". */
    private static final String NUM = "\\d{1,4}(?:(?:[a-z]| [a-df-np-z])(?![\\p{L}\\d]))?(?:[.:]\\d{1,3}(?:[a-z](?![\\p{L}]))?)*(?:[ .][A-Z](?![\\p{L}\\d]))?";

    private static final Pattern KOP = Pattern.compile(
            "\\[\\[[^\\]]*]]"
            + "|(?<art>\\b(?:[Aa]rtikel(?:en)?|[Hh]oofdstuk(?:ken)?|[Pp]aragra(?:af|fen)|[Bb]ijlagen?)\\b)"
            + "|(?<lid>\\b(?:(?:[Hh]et|[Dd]e)\\s+)?(?:" + RANG + ")\\s+lid\\b|\\b[Ll]id\\s+\\d{1,2}[a-z]?\\b)"
            + "|(?<kaal>\\b(?:in|onder|bij|uit)\\s+)(?=\\d{1,2}(?:\\.\\d{1,2})+(?![\\d,]))"
            + "|(?<onder>\\bonder\\s+[a-z](?![\\p{L}\\d]))");

    private static final Pattern NUMMER = Pattern.compile(NUM);
    private static final Pattern BIJLAGENUMMER = Pattern.compile("(?:[IVX]+|\\d{1,2}[a-z]?|[A-Z])(?![\\p{L}\\d])");
    private static final Pattern COMPACT_ONDERDEEL = Pattern.compile("\\.([a-z])(?![\\p{L}\\d])");
    private static final Pattern AANHALING = Pattern.compile("(\\.?)\\s*[‘’'“”\"]([^‘’'“”\"]{2,80})[‘’'“”\"]");
    private static final Pattern HAAKJES = Pattern.compile("\\s*\\(([^()]{2,80})\\)");
    private static final Pattern STRAY_DOT = Pattern.compile("\\.\\s*");
    private static final Pattern SPATIE = Pattern.compile("\\s+");
    private static final Pattern LID = Pattern.compile("(,?)\\s*(?:(" + RANG + ")\\s+lid|[Ll]id\\s+(\\d{1,2}[a-z]?))(?![\\p{L}\\d])");
    private static final Pattern ONDERDEEL = Pattern.compile(
            "(,?)\\s*(onder|onderdeel|sub)\\s+([a-z]{1,2}|\\d{1,2})(?:°)?(?![\\p{L}\\d])");
    private static final Pattern OPSOMMING = Pattern.compile(
            "(?:\\s*,\\s*|\\s+(?:en|of|en/of)\\s+|\\s+(?<reeks>tot en met|t/m)\\s+)(?=\\d)");
    /** Een document met jaartal vlak voor "artikel": "het protocol jobcoach 2019 artikel 2.4". */
    private static final Pattern DOCUMENT_ERVOOR = Pattern.compile("\\b(?:het|de)\\s+(\\p{L}[\\p{L} -]{2,40}?\\s(?:19|20)\\d\\d)\\s+$");
    private static final Pattern EN_VOLGENDE = Pattern.compile("\\.?\\s+e\\.v\\.");
    private static final Pattern VAN_DIT_ARTIKEL = Pattern.compile(",?\\s+van\\s+dit\\s+artikel\\b");
    private static final Pattern VAN_ARTIKEL = Pattern.compile(",?\\s+van\\s+artikel\\s+");
    private static final Pattern VAN_DEZE = Pattern.compile(",?\\s+van\\s+(?:deze|de)\\s+verordening\\b");
    private static final Pattern VAN_WET = Pattern.compile(",?\\s+van\\s+(?:(?:de|het)\\s+)?(?=[\\p{L}])");
    private static final Pattern DIRECT_WET = Pattern.compile("\\s+(?=" + wetwoord() + ")");
    private static final Pattern WOORD = Pattern.compile("[\\p{L}\\d][\\p{L}\\d/-]*");

    /** Kleine woorden die binnen de naam van een wet staan ("Algemene wet bestuursrecht"). */
    private static final Set<String> WETWOORDEN = Set.of("wet", "bestuursrecht", "gemeentelijke", "schuldhulpverlening",
            "inburgering", "maatschappelijke", "ondersteuning", "rechtsvordering", "langdurige", "zorg", "publieke",
            "gezondheid", "kinderopvang", "inkomensvoorziening", "oudere", "werkloze", "werknemers", "primair",
            "voortgezet", "onderwijs", "expertisecentra", "burgerlijke", "van", "de", "het", "op");

    private final Map<String, List<String>> titelsOpEersteWoord = new HashMap<>();

    /** Een parser die titels alleen tussen aanhalingstekens herkent. */
    public VerwijzingParser() {
        this(List.of());
    }

    /** @param titels bekende titels (van artikelen), ook zonder aanhalingstekens te herkennen */
    public VerwijzingParser(Collection<String> titels) {
        for (String t : titels) {
            String s = t.trim();
            if (s.length() < 4) continue;
            List<String> l = titelsOpEersteWoord.computeIfAbsent(eersteWoord(s), k -> new ArrayList<>());
            // dezelfde titel in twee artikelen telt één keer: zo blijft het zoeken per woord kort
            if (l.stream().noneMatch(s::equalsIgnoreCase)) l.add(s);
        }
        titelsOpEersteWoord.values().forEach(l -> l.sort(Comparator.comparingInt(String::length).reversed()));
    }

    private static String wetwoord() {
        return "[A-Z][\\p{L}]*wet(?:boek)?\\b|Wetboek\\b|Awb\\b|Wmo\\b|Wlz\\b|Zvw\\b|WPO\\b|WEC\\b|WVO\\b|BW\\b|Pw\\b|Wi\\b";
    }

    private static String eersteWoord(String s) {
        int i = 0;
        while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) i++;
        return s.substring(0, i).toLowerCase(Locale.ROOT);
    }

    /** Alle verwijzingen in {@code tekst}, in volgorde van hun begin. */
    public List<Tekstverwijzing> parse(String tekst) {
        List<Tekstverwijzing> r = new ArrayList<>();
        Matcher m = KOP.matcher(tekst);
        int vanaf = 0;
        while (vanaf < tekst.length() && m.find(vanaf)) {
            int eind;
            if (m.group("art") != null) eind = artikel(tekst, m, r);
            else if (m.group("lid") != null) eind = lid(tekst, m, r);
            else if (m.group("kaal") != null) eind = kaal(tekst, m, r);
            else if (m.group("onder") != null) eind = onder(tekst, m, r);
            else eind = m.end();
            vanaf = Math.max(eind, m.start() + 1);
        }
        r.sort(Comparator.comparingInt(Tekstverwijzing::begin));
        return r;
    }

    /** Wat na een nummer kan staan: lid, onderdeel, titel; de stand van het lezen. */
    private final class Staart {
        final String tekst;
        int pos;
        String titel;
        String lid;
        String onderdeel;
        final List<String> afwijkingen = new ArrayList<>();

        Staart(String tekst, int pos) {
            this.tekst = tekst;
            this.pos = pos;
        }

        Matcher kijk(Pattern p) {
            Matcher x = p.matcher(tekst);
            x.region(pos, tekst.length());
            return x.lookingAt() ? x : null;
        }

        /** Titel direct na het nummer: aan elkaar, na een losse punt, tussen aanhalingstekens of haakjes. */
        void titel() {
            if (pos < tekst.length() && Character.isLetter(tekst.charAt(pos))) {
                String t = bekendeTitel(tekst, pos);
                int e = t != null ? pos + t.length() : woordEinde(tekst, pos);
                titel = tekst.substring(pos, e);
                afwijkingen.add("nummer en titel staan aan elkaar");
                pos = e;
                return;
            }
            Matcher a = kijk(AANHALING);
            if (a != null) {
                titel = a.group(2).trim();
                if (!a.group(1).isEmpty()) afwijkingen.add("punt tussen nummer en titel");
                pos = a.end();
                return;
            }
            Matcher h = kijk(HAAKJES);
            if (h != null && bekend(h.group(1))) {
                titel = h.group(1).trim();
                pos = h.end();
                return;
            }
            Matcher d = kijk(STRAY_DOT);
            Matcher s = kijk(SPATIE);
            for (Matcher x : new Matcher[] {d, s}) {
                if (x == null) continue;
                String t = bekendeTitel(tekst, x.end());
                if (t != null) {
                    titel = t;
                    if (x == d) afwijkingen.add("punt tussen nummer en titel");
                    afwijkingen.add("titel zonder aanhalingstekens");
                    pos = x.end() + t.length();
                    return;
                }
            }
        }

        void lid() {
            Matcher l = kijk(LID);
            if (l == null) return;
            if (l.group(2) != null) {
                lid = Rangtelwoorden.nummer(l.group(2));
                if (l.group(1).isEmpty()) afwijkingen.add("komma voor het lid ontbreekt");
            } else {
                lid = l.group(3);
                afwijkingen.add("'lid " + lid + "' in plaats van '" + Rangtelwoorden.lid(lid) + "'");
            }
            pos = l.end();
        }

        void onderdeel() {
            Matcher o = kijk(ONDERDEEL);
            if (o == null) return;
            onderdeel = o.group(3);
            // na een lid: "derde lid, onder b"; zonder lid: "artikel 5, onderdeel c"
            String goed = lid != null ? "onder" : "onderdeel";
            if (!o.group(2).equals(goed)) afwijkingen.add("'" + o.group(2) + " " + onderdeel + "' in plaats van '" + goed + " " + onderdeel + "'");
            else if (o.group(1).isEmpty()) afwijkingen.add("komma voor het onderdeel ontbreekt");
            pos = o.end();
        }
    }

    private boolean bekend(String titel) {
        String t = titel.trim();
        List<String> c = titelsOpEersteWoord.get(eersteWoord(t));
        return c != null && c.stream().anyMatch(x -> x.equalsIgnoreCase(t));
    }

    /** De langste bekende titel die op {@code pos} begint (hoofdletters maken niet uit), of null. */
    private String bekendeTitel(String tekst, int pos) {
        if (titelsOpEersteWoord.isEmpty()) return null;
        List<String> c = titelsOpEersteWoord.get(eersteWoord(tekst.substring(pos, Math.min(tekst.length(), pos + 40))));
        if (c == null) return null;
        for (String t : c) {
            int e = pos + t.length();
            if (tekst.regionMatches(true, pos, t, 0, t.length())
                    && (e >= tekst.length() || !Character.isLetterOrDigit(tekst.charAt(e)))) {
                return tekst.substring(pos, e);
            }
        }
        return null;
    }

    private static int woordEinde(String tekst, int pos) {
        int e = pos;
        while (e < tekst.length() && Character.isLetter(tekst.charAt(e))) e++;
        return e;
    }

    /** "artikel ...", "hoofdstuk ...", "paragraaf ...", "bijlage ...", ook meervoud. */
    private int artikel(String tekst, Matcher m, List<Tekstverwijzing> r) {
        String kop = m.group("art").toLowerCase(Locale.ROOT);
        Niveau niveau = kop.startsWith("artikel") ? Niveau.ARTIKEL : kop.startsWith("hoofdstuk") ? Niveau.HOOFDSTUK
                : kop.startsWith("paragra") ? Niveau.PARAGRAAF : Niveau.BIJLAGE;
        int begin = m.start();
        Staart s = new Staart(tekst, m.end());
        Matcher sp = s.kijk(SPATIE);
        if (sp == null) return m.end();
        s.pos = sp.end();
        Matcher n = s.kijk(niveau == Niveau.BIJLAGE ? BIJLAGENUMMER : NUMMER);
        if (n == null) {
            if (niveau != Niveau.ARTIKEL) return m.end();
            // Alleen een titel: "artikel ‘Beoordelen aanvraag’" of "artikel beoordelen aanvraag".
            Matcher a = s.kijk(AANHALING);
            String t = a != null && a.group(1).isEmpty() ? a.group(2).trim() : bekendeTitel(tekst, s.pos);
            if (t == null) return m.end();
            int eind = a != null && a.group(1).isEmpty() ? a.end() : s.pos + t.length();
            List<String> afw = new ArrayList<>(List.of("titel zonder nummer"));
            r.add(new Tekstverwijzing(Soort.INTERN, niveau, null, t, null, null, null, false, afw, begin, eind,
                    tekst.substring(begin, eind)));
            return eind;
        }
        List<int[]> spans = new ArrayList<>();
        List<Staart> staarten = new ArrayList<>();
        List<String> nummers = new ArrayList<>();
        int itemBegin = begin;
        while (true) {
            String nummer = n.group();
            s.pos = n.end();
            if (niveau == Niveau.ARTIKEL) {
                Matcher c = s.kijk(COMPACT_ONDERDEEL);
                if (c != null && s.tekst.length() > c.end() && !Character.isUpperCase(firstNonSpace(s.tekst, c.end()))) {
                    s.onderdeel = c.group(1);
                    s.afwijkingen.add("onderdeel vast aan het nummer (" + nummer + "." + s.onderdeel + ")");
                    s.pos = c.end();
                } else if (c != null && c.end() == s.tekst.length()) {
                    s.onderdeel = c.group(1);
                    s.afwijkingen.add("onderdeel vast aan het nummer (" + nummer + "." + s.onderdeel + ")");
                    s.pos = c.end();
                } else {
                    s.titel();
                }
                s.lid();
                s.onderdeel();
            }
            nummers.add(nummer);
            staarten.add(s);
            spans.add(new int[] {itemBegin, s.pos});
            Matcher o = s.kijk(OPSOMMING);
            if (o == null) break;
            Staart volgende = new Staart(tekst, o.end());
            Matcher n2 = volgende.kijk(niveau == Niveau.BIJLAGE ? BIJLAGENUMMER : NUMMER);
            if (n2 == null || isHoeveelheid(tekst, n2.end())) break;
            itemBegin = n2.start();
            s = volgende;
            n = n2;
        }
        // Wet of verordening na het laatste nummer geldt voor allemaal ("artikel 8.28 en 8.29 van de WVO").
        Staart laatste = staarten.get(staarten.size() - 1);
        int eind = laatste.pos;
        String wet = null;
        boolean extern = false;
        boolean ditArtikel = false;
        Matcher v;
        if ((v = laatste.kijk(EN_VOLGENDE)) != null) laatste.pos = v.end();
        Matcher document = DOCUMENT_ERVOOR.matcher(tekst.substring(Math.max(0, begin - 60), begin));
        if (document.find()) {
            // "in het protocol jobcoach 2019 artikel 2.4": een artikel van dat document, niet van de verordening
            wet = document.group(1);
            extern = true;
        } else
        if ((v = laatste.kijk(VAN_DEZE)) != null) {
            eind = v.end();
        } else if ((v = laatste.kijk(VAN_DIT_ARTIKEL)) != null) {
            ditArtikel = true;
            eind = v.end();
        } else if ((v = laatste.kijk(VAN_WET)) != null || (v = laatste.kijk(DIRECT_WET)) != null) {
            int[] w = wetnaam(tekst, v.end());
            if (w != null) {
                wet = tekst.substring(w[0], w[1]);
                extern = true;
                eind = w[1];
            }
        }
        for (int i = 0; i < nummers.size(); i++) {
            Staart st = staarten.get(i);
            boolean ext = extern || nummers.get(i).contains(":");
            int b = spans.get(i)[0];
            int e = i == nummers.size() - 1 ? eind : spans.get(i)[1];
            List<String> afw = new ArrayList<>(st.afwijkingen);
            if (ext && wet == null && !extern) afw.clear();
            r.add(new Tekstverwijzing(ext ? Soort.EXTERN : Soort.INTERN, niveau, schoon(nummers.get(i)), ext ? null : st.titel,
                    st.lid, st.onderdeel, wet, ditArtikel, ext ? List.of() : afw, b, e, tekst.substring(b, e)));
        }
        return eind;
    }

    private static char firstNonSpace(String t, int i) {
        while (i < t.length() && Character.isWhitespace(t.charAt(i))) i++;
        return i < t.length() ? t.charAt(i) : ' ';
    }

    /** "artikel 5, 6 weken": een getal gevolgd door een eenheid is geen artikel. */
    private static boolean isHoeveelheid(String tekst, int pos) {
        Matcher w = WOORD.matcher(tekst);
        w.region(pos, tekst.length());
        int p = pos;
        while (p < tekst.length() && tekst.charAt(p) == ' ') p++;
        w.region(p, tekst.length());
        if (!w.lookingAt()) return false;
        return Set.of("weken", "week", "dagen", "dag", "maanden", "maand", "jaar", "jaren", "euro", "procent", "kilometer", "uur")
                .contains(w.group().toLowerCase(Locale.ROOT));
    }

    private static String schoon(String nummer) {
        return nummer.replace(' ', '.');
    }

    /** De naam van een wet vanaf {@code pos}, als begin en eind; null als er geen wet staat. */
    private static int[] wetnaam(String tekst, int pos) {
        Matcher w = WOORD.matcher(tekst);
        int eind = -1;
        int p = pos;
        boolean eerste = true;
        int laatsteInhoud = -1;
        while (true) {
            w.region(p, tekst.length());
            if (!w.lookingAt()) break;
            String t = w.group();
            boolean hoofdletter = Character.isUpperCase(t.charAt(0));
            boolean getal = t.chars().allMatch(Character::isDigit);
            String klein = t.toLowerCase(Locale.ROOT);
            if (eerste) {
                if (!hoofdletter && !klein.equals("wet")) return null;
                if (klein.equals("deze") || klein.equals("dit")) return null;
            } else if (!hoofdletter && !getal && !WETWOORDEN.contains(klein)) {
                break;
            }
            eind = w.end();
            if (!Set.of("van", "de", "het", "op").contains(klein)) laatsteInhoud = w.end();
            eerste = false;
            if (eind >= tekst.length() || tekst.charAt(eind) != ' ') break;
            p = eind + 1;
        }
        if (laatsteInhoud < 0) return null;
        return new int[] {pos, laatsteInhoud};
    }

    /** "het tweede lid", "lid 4 van dit artikel", "het eerste lid, onder c", "lid 3 van artikel 5.2". */
    private int lid(String tekst, Matcher m, List<Tekstverwijzing> r) {
        String g = m.group("lid");
        Staart s = new Staart(tekst, m.start());
        s.lid();
        if (s.lid == null) {
            // "het tweede lid": het lidwoord staat voor het patroon van Staart.lid()
            Matcher x = Pattern.compile("(?:(?:[Hh]et|[Dd]e)\\s+)?(" + RANG + ")\\s+lid").matcher(g);
            if (!x.lookingAt()) return m.end();
            s.lid = Rangtelwoorden.nummer(x.group(1));
            s.pos = m.end();
        } else {
            s.afwijkingen.remove("komma voor het lid ontbreekt");
        }
        s.onderdeel();
        boolean ditArtikel = false;
        Matcher v;
        if ((v = s.kijk(VAN_DIT_ARTIKEL)) != null) {
            ditArtikel = true;
            s.afwijkingen.add("'van dit artikel' is overbodig");
            s.pos = v.end();
        } else if ((v = s.kijk(VAN_ARTIKEL)) != null) {
            Staart n = new Staart(tekst, v.end());
            Matcher nr = n.kijk(NUMMER);
            if (nr != null) {
                s.afwijkingen.add("lid voor het artikel");
                int eind = nr.end();
                String wet = null;
                n.pos = nr.end();
                Matcher w = n.kijk(VAN_WET);
                if (w == null) w = n.kijk(DIRECT_WET);
                if (w != null && n.kijk(VAN_DEZE) == null) {
                    int[] wn = wetnaam(tekst, w.end());
                    if (wn != null) {
                        wet = tekst.substring(wn[0], wn[1]);
                        eind = wn[1];
                    }
                }
                boolean ext = wet != null || nr.group().contains(":");
                r.add(new Tekstverwijzing(ext ? Soort.EXTERN : Soort.INTERN, Niveau.ARTIKEL, schoon(nr.group()), null, s.lid,
                        s.onderdeel, wet, false, ext ? List.of() : s.afwijkingen, m.start(), eind, tekst.substring(m.start(), eind)));
                return eind;
            }
        } else if ((v = s.kijk(VAN_WET)) != null && s.kijk(VAN_DEZE) == null) {
            int[] wn = wetnaam(tekst, v.end());
            if (wn != null) {
                // een lid van een wetsartikel zonder artikelnummer: extern, niet lokaal op te lossen
                r.add(new Tekstverwijzing(Soort.EXTERN, Niveau.LID, null, null, s.lid, s.onderdeel,
                        tekst.substring(wn[0], wn[1]), false, List.of(), m.start(), wn[1], tekst.substring(m.start(), wn[1])));
                return wn[1];
            }
        }
        r.add(new Tekstverwijzing(Soort.INTERN, Niveau.LID, null, null, s.lid, s.onderdeel, null, ditArtikel,
                s.afwijkingen, m.start(), s.pos, tekst.substring(m.start(), s.pos)));
        return s.pos;
    }

    /** "de in 6.1 genoemde", "zoals beschreven in 4.6.3.b", "onder 3.1.1.A": een nummer zonder "artikel". */
    private int kaal(String tekst, Matcher m, List<Tekstverwijzing> r) {
        Staart s = new Staart(tekst, m.end());
        Matcher n = s.kijk(NUMMER);
        if (n == null) return m.end();
        s.pos = n.end();
        Matcher c = s.kijk(COMPACT_ONDERDEEL);
        if (c != null && !Character.isUpperCase(firstNonSpace(tekst, c.end()))) {
            s.onderdeel = c.group(1);
            s.afwijkingen.add("onderdeel vast aan het nummer (" + n.group() + "." + s.onderdeel + ")");
            s.pos = c.end();
        }
        s.titel();
        s.lid();
        s.onderdeel();
        s.afwijkingen.add(0, KAAL);
        r.add(new Tekstverwijzing(Soort.INTERN, Niveau.ARTIKEL, schoon(n.group()), s.titel, s.lid, s.onderdeel, null, false,
                s.afwijkingen, n.start(), s.pos, tekst.substring(n.start(), s.pos)));
        return s.pos;
    }

    /** "het onder a genoemde bedrag": een onderdeel van hetzelfde lid of artikel. */
    private int onder(String tekst, Matcher m, List<Tekstverwijzing> r) {
        String o = m.group("onder");
        String label = o.substring(o.length() - 1);
        r.add(new Tekstverwijzing(Soort.INTERN, Niveau.ONDERDEEL, null, null, null, label, null, false, List.of(),
                m.start(), m.end(), o));
        return m.end();
    }
}
