package nl.verordening.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.verordening.importer.Eenheid.Soort;
import nl.verordening.importer.Eenheid.Stuk;

/**
 * Tweede stap: herkent per regel of hij een structuur begint (hoofdstuk, kop, wettenregel, lid,
 * onderdeel, opsommingsteken, begrip) en voegt vervolgregels samen tot {@link Eenheid eenheden}.
 *
 * <p>Regels voor samenvoegen (B volgt op A; "breedte" is het 90e percentiel van de regellengte):
 * <ul>
 *   <li>Zonder witregel: B hoort bij A als A is afgebroken, dus als A plus het eerste woord van B
 *       niet meer op een regel paste (lengte ≥ 0,85 × breedte). Een korte regel eindigt zijn alinea
 *       (tussenkopjes, korte opsommingen zonder tekens). Binnen een lid, onderdeel of begrip blijft B
 *       altijd in dat element; een niet-afgebroken regel na een zinseinde wordt daar een nieuwe alinea.</li>
 *   <li>Een losse korte regel zonder slotleesteken (of eindigend op ':') na een zinseinde begint een
 *       nieuwe alinea, ook als A vol was: "derde categorie:", tussenkopjes na een paginawissel.</li>
 *   <li>Na een witregel: B zet de alinea van A voort als A lang is (≥ 0,8 × breedte), niet op
 *       [.:;!?] eindigt, B geen structuur begint, en B niet als nieuwe zin begint: B begint met een
 *       kleine letter, cijfer of haakje, of A eindigt op een functiewoord ("het", "de", "van") of een
 *       woord met hoofdletter (een naam die doorloopt: "Oude / IJsselstreek").</li>
 *   <li>Een kop loopt door op de volgende regel als de kop lang is (≥ 0,6 × breedte, een kop staat in
 *       een grotere letter), de vervolgregel kort is, geen van beide op een leesteken eindigt en na de
 *       vervolgregel een witregel of structuur komt.</li>
 *   <li>Een los voegwoord ("en", "of") na een item dat op ';' of ',' eindigt, hoort bij dat item
 *       ("...de volwassene; / en").</li>
 *   <li>Een woord afgebroken met '-' aan het regeleinde (zonder spatie erna) en een volgende regel met
 *       kleine letter of cijfer worden zonder spatie verbonden ("niet-gebruikelijke").</li>
 * </ul>
 */
final class Eenheidlezer {

    private static final Pattern HOOFDSTUK = Pattern.compile("^(\\d{1,3})\\s+(\\p{Lu}.*)$");
    static final Pattern KOP = Pattern.compile("^(\\d{1,3}(?:\\.\\d{1,3})+)\\.?(?:\\s+([A-Z]))?\\s+([\\p{Lu}\\p{N}].*)$");
    private static final Pattern TAG = Pattern.compile("^\\[(.+)\\]$");
    private static final Pattern KERNWAARDEN = Pattern.compile("(?i)^kernwaarden\\s*:?$");
    private static final Pattern STREEP = Pattern.compile("^[-\u2013]\\s*(\\p{L}.*)$");
    private static final Pattern LID = Pattern.compile("^(\\d{1,3})[.)]\\s+(\\S.*)$");
    private static final Pattern ROMEIN = Pattern.compile("^(?:\\(([ivxl]{1,6})\\)|([ivxl]{1,6})[.)])\\s+(\\S.*)$");
    private static final Pattern ROMEINS_GETAL = Pattern.compile("^l?x{0,3}(?:ix|iv|v?i{0,3})$");
    private static final Pattern LETTER = Pattern.compile("^(?:\\(([a-z])\\)|([a-z])[.)])\\s+(\\S.*)$");
    private static final Pattern SLOT = Pattern.compile("^(?:Aldus\\s+)?[Vv]astgesteld\\b.*");
    private static final Pattern URL = Pattern.compile("(?i)(?:https?://|www\\.)\\S+");
    private static final Pattern AFKORTING = Pattern.compile("^(.*\\S)\\s*\\(([^()\\s]{1,12})\\)$");
    /** Een los voegwoord na een opsommingsitem ("...volwassene;" / "en") hoort bij dat item. */
    private static final Pattern VOEGWOORD = Pattern.compile("^(?:en|of|en/of|dan wel|alsmede)$");
    private static final Pattern BEGRIPPENTITEL = Pattern.compile("(?iu)begrip|definitie");

    /** Woorden waarop geen zin eindigt: na een witregel loopt de zin dan zeker door. */
    private static final Set<String> FUNCTIEWOORDEN = Set.copyOf(List.of("de", "het", "een", "van", "en", "of", "in", "op",
            "te", "voor", "met", "aan", "die", "dat", "om", "bij", "tot", "naar", "als", "door", "uit", "over",
            "onder", "is", "zijn", "wordt", "worden", "kan", "kunnen", "niet", "ook", "dan", "zoals", "waarin",
            "waarbij", "per", "tussen", "na", "zich", "hun", "haar", "er", "welke", "wie", "wat", "hoe", "nog",
            "maar", "want", "dus", "mag", "moet", "heeft", "hebben", "deze", "dit", "zijn", "ter", "ten", "vanaf",
            "binnen", "zonder", "tegen", "volgens", "namens", "via", "wel", "geen", "alle", "andere", "hij", "zij",
            "ze", "we", "wij", "u", "je", "zo", "nodig"));

    private enum Koppeling { NIEUW, ZELFDE_ALINEA, NIEUWE_ALINEA }

    private final List<Regel> regels;
    private final int breedte;
    private final double tAfgebroken;
    private final double tWit;
    private final double tKop;
    private final Bevindingen bevindingen;
    private final List<Regel> slot = new ArrayList<>();

    private int verwacht = 1;
    private int hoofdstuk = 0;
    private boolean begrippen;
    private boolean kopGezien;
    private int vorigLid;
    private char vorigeLetter;
    private String vorigeRomein;

    Eenheidlezer(List<Regel> regels, int breedte, Bevindingen bevindingen) {
        this.regels = regels;
        this.breedte = breedte;
        this.tAfgebroken = 0.85 * breedte;
        this.tWit = 0.8 * breedte;
        this.tKop = 0.6 * breedte;
        this.bevindingen = bevindingen;
    }

    /** De regels vanaf de vaststelling ("Vastgesteld door de gemeenteraad ..."): ondertekening. */
    List<Regel> slot() {
        return slot;
    }

    List<Eenheid> lees() {
        List<Eenheid> uit = new ArrayList<>();
        Eenheid huidig = null;
        Regel vorige = null;
        boolean wit = false;
        for (int i = 0; i < regels.size(); i++) {
            Regel r = regels.get(i);
            if (r.leeg()) {
                wit = true;
                continue;
            }
            if (hoofdstuk > 0 && isSlot(i)) {
                slot.addAll(regels.subList(i, regels.size()));
                break;
            }
            // Een opsommingsteken met alleen een URL na "...website:" zet het vorige item voort.
            if (huidig != null && huidig.soort == Soort.BOLLETJE && isOpsomteken(r.tekst)
                    && URL.matcher(r.tekst.substring(1).strip()).matches() && huidig.laatste.tekst.endsWith(":")) {
                voeg(huidig.laatsteStuk(), huidig.laatste, r.tekst.substring(1).strip());
                huidig.laatste = r;
                vorige = r;
                wit = false;
                continue;
            }
            Eenheid e = herken(i, r, vorige, wit, huidig);
            if (e == null) {
                meldVreemdeKop(r);
                Koppeling k = huidig == null ? Koppeling.NIEUW : koppel(huidig, i, r, wit);
                if (k == Koppeling.ZELFDE_ALINEA) {
                    voeg(huidig.laatsteStuk(), huidig.laatste, r.tekst);
                    huidig.laatste = r;
                } else if (k == Koppeling.NIEUWE_ALINEA) {
                    huidig.stukken.add(new Stuk(r, r.tekst));
                    huidig.laatste = r;
                } else {
                    e = new Eenheid(Soort.TEKST, r, r.tekst);
                }
            }
            if (e != null) {
                e.naLeeg = wit;
                uit.add(e);
                huidig = e;
                werkBij(e);
            }
            vorige = r;
            wit = false;
        }
        return uit;
    }

    // ---------------------------------------------------------------- herkennen

    /** Begint deze regel een structuur? Leest de toestand maar verandert hem niet. */
    private Eenheid herken(int i, Regel r, Regel vorige, boolean wit, Eenheid huidig) {
        String t = r.tekst;
        Matcher m = HOOFDSTUK.matcher(t);
        if (m.matches() && isHoofdstukkop(i, Integer.parseInt(m.group(1)), m.group(2))) {
            Eenheid e = new Eenheid(Soort.HOOFDSTUK, r, m.group(2));
            e.nummer = m.group(1);
            return e;
        }
        if (hoofdstuk > 0) {
            m = KOP.matcher(t);
            if (m.matches()) {
                int[] delen = delen(m.group(1));
                if (delen[0] == hoofdstuk) {
                    Eenheid e = new Eenheid(Soort.KOP, r, m.group(3));
                    e.nummer = m.group(1);
                    e.letter = m.group(2);
                    e.delen = delen;
                    return e;
                }
            }
        }
        m = TAG.matcher(t);
        if (m.matches()) {
            Eenheid e = new Eenheid(Soort.TAG, r, t);
            int open = r.ruw.indexOf('[');
            int dicht = r.ruw.lastIndexOf(']');
            e.tagInhoud = open >= 0 && dicht > open ? r.ruw.substring(open + 1, dicht) : m.group(1);
            e.tagKolom = open >= 0 ? open + 2 : r.kolom + 1;
            return e;
        }
        if (hoofdstuk > 0 && !kopGezien && KERNWAARDEN.matcher(t).matches()) {
            return new Eenheid(Soort.KERNWAARDEN, r, t);
        }
        if (isOpsomteken(t)) {
            return new Eenheid(Soort.BOLLETJE, r, t.substring(1).strip());
        }
        m = STREEP.matcher(t);
        if (m.matches()) {
            return new Eenheid(Soort.STREEPJE, r, m.group(1));
        }
        if (begrippen && !kopGezien) {
            Eenheid b = begrip(r, vorige, wit, huidig);
            if (b != null) return b;
        }
        m = LID.matcher(t);
        if (m.matches()) {
            int n = Integer.parseInt(m.group(1));
            boolean kopOfTag = huidig != null && (huidig.soort == Soort.KOP || huidig.soort == Soort.TAG
                    || huidig.soort == Soort.HOOFDSTUK);
            if (n == 1 || n == vorigLid || n == vorigLid + 1 || wit || vorige == null || kopOfTag
                    || eindigt(vorige.tekst, ".:;!?")) {
                Eenheid e = new Eenheid(Soort.LID, r, m.group(2));
                e.label = m.group(1);
                return e;
            }
        }
        m = ROMEIN.matcher(t);
        if (m.matches()) {
            boolean haakjes = m.group(1) != null;
            String lab = haakjes ? m.group(1) : m.group(2);
            if (ROMEINS_GETAL.matcher(lab).matches()) {
                boolean alsRomein;
                if (vorigeRomein != null && waarde(lab) == waarde(vorigeRomein) + 1) alsRomein = true;
                else if (lab.length() == 1 && vorigeLetter != 0 && lab.charAt(0) == vorigeLetter + 1) alsRomein = false;
                else if (lab.equals("i")) alsRomein = volgtTweede(i, haakjes);
                else alsRomein = lab.length() > 1;
                if (alsRomein) {
                    Eenheid e = new Eenheid(Soort.ROMEIN, r, m.group(3));
                    e.label = lab;
                    return e;
                }
                // "(i) ... (ii) ..." midden in een zin: gewone tekst
                if (haakjes && lab.equals("i")) return null;
            }
        }
        m = LETTER.matcher(t);
        if (m.matches()) {
            Eenheid e = new Eenheid(Soort.LETTER, r, m.group(3));
            e.label = m.group(1) != null ? m.group(1) : m.group(2);
            return e;
        }
        return null;
    }

    /**
     * Een hoofdstukkop heeft het volgende hoofdstuknummer. Een sprong van één of twee nummers mag
     * alleen als de eerstvolgende genummerde kop met dat nummer begint (het gat meldt een bevinding).
     */
    private boolean isHoofdstukkop(int i, int n, String titel) {
        if (titel.length() > breedte || eindigt(titel, ",;")) return false;
        if (n == verwacht) return true;
        if (n < verwacht || n > verwacht + 2 || titel.length() > tKop) return false;
        for (int j = i + 1; j < regels.size() && j < i + 400; j++) {
            Matcher m = KOP.matcher(regels.get(j).tekst);
            if (m.matches()) return delen(m.group(1))[0] == n;
        }
        return false;
    }

    private Eenheid begrip(Regel r, Regel vorige, boolean wit, Eenheid huidig) {
        String t = r.tekst;
        int dp = t.indexOf(':');
        if (dp <= 0 || (dp + 1 < t.length() && !Regel.isWit(t.charAt(dp + 1)))) return null;
        int cp = t.codePointAt(0);
        if (!Character.isUpperCase(cp) && !Character.isDigit(cp)) return null;
        String term = t.substring(0, dp).strip();
        if (term.isEmpty() || term.split(" ").length > 7 || term.contains(". ") || term.contains(", ")
                || term.contains(";")) {
            return null;
        }
        boolean begin = wit || vorige == null || huidig == null || huidig.soort == Soort.HOOFDSTUK
                || huidig.soort == Soort.KOP || eindigt(vorige.tekst, ".!?;");
        if (!begin) return null;
        Eenheid e = new Eenheid(Soort.BEGRIP, r, t.substring(dp + 1).strip());
        Matcher m = AFKORTING.matcher(term);
        if (m.matches() && m.group(2).chars().anyMatch(Character::isUpperCase)) {
            e.term = m.group(1).strip();
            e.afkortingen = List.of(m.group(2));
        } else {
            e.term = term;
        }
        return e;
    }

    private boolean volgtTweede(int i, boolean haakjes) {
        Pattern tweede = Pattern.compile(haakjes ? "^\\(ii\\)\\s.*" : "^ii[.)]\\s.*");
        for (int j = i + 1; j < regels.size() && j <= i + 40; j++) {
            String t = regels.get(j).tekst;
            if (KOP.matcher(t).matches() || TAG.matcher(t).matches()) return false;
            if (tweede.matcher(t).matches()) return true;
        }
        return false;
    }

    private boolean isSlot(int i) {
        if (!SLOT.matcher(regels.get(i).tekst).matches()) return false;
        StringBuilder sb = new StringBuilder();
        for (int j = i; j < regels.size() && j <= i + 2; j++) sb.append(' ').append(regels.get(j).tekst);
        return sb.toString().toLowerCase(Locale.ROOT).contains("raad");
    }

    private void werkBij(Eenheid e) {
        switch (e.soort) {
            case HOOFDSTUK -> {
                int n = Integer.parseInt(e.nummer);
                if (n != verwacht) {
                    bevindingen.waarschuwing("import-hoofdstuknummer", bevindingen.pos(e.regel),
                            "Hoofdstuk " + n + " volgt op hoofdstuk " + hoofdstuk + "; nummering overgenomen zoals geschreven.");
                }
                hoofdstuk = n;
                verwacht = n + 1;
                begrippen = BEGRIPPENTITEL.matcher(e.titel()).find();
                kopGezien = false;
                herstel();
            }
            case KOP -> {
                kopGezien = true;
                herstel();
            }
            case BEGRIP -> herstel();
            case LID -> {
                vorigLid = Integer.parseInt(e.label);
                vorigeLetter = 0;
                vorigeRomein = null;
            }
            case LETTER -> {
                vorigeLetter = e.label.charAt(0);
                vorigeRomein = null;
            }
            case ROMEIN -> vorigeRomein = e.label;
            default -> { }
        }
    }

    private void herstel() {
        vorigLid = 0;
        vorigeLetter = 0;
        vorigeRomein = null;
    }

    private void meldVreemdeKop(Regel r) {
        Matcher m = KOP.matcher(r.tekst);
        if (hoofdstuk > 0 && m.matches() && r.lengte() < breedte * 0.75 && !eindigt(r.tekst, ".,;:")) {
            bevindingen.info("import-kop-buiten-hoofdstuk", bevindingen.pos(r), "Regel '" + r.tekst
                    + "' lijkt een kop, maar het nummer hoort niet bij hoofdstuk " + hoofdstuk + "; gelezen als tekst.");
        }
    }

    // ---------------------------------------------------------------- samenvoegen

    private Koppeling koppel(Eenheid u, int i, Regel b, boolean wit) {
        Regel a = u.laatste;
        if (u.laatsteStuk().tekst.length() == 0) return Koppeling.ZELFDE_ALINEA; // alleen een teken of nummer
        if (u.soort != Soort.HOOFDSTUK && u.soort != Soort.KOP && u.soort != Soort.TAG && u.soort != Soort.KERNWAARDEN
                && VOEGWOORD.matcher(b.tekst).matches() && eindigt(a.tekst, ";,")) {
            return Koppeling.ZELFDE_ALINEA;
        }
        switch (u.soort) {
            case HOOFDSTUK, KOP:
                return !wit && titelVervolg(a, i, b) ? Koppeling.ZELFDE_ALINEA : Koppeling.NIEUW;
            case TAG, KERNWAARDEN:
                return Koppeling.NIEUW;
            case TEKST:
                if (wit) return witVervolg(a, b) ? Koppeling.ZELFDE_ALINEA : Koppeling.NIEUW;
                if (!afgebroken(a, b)) return Koppeling.NIEUW;
                if (eindigt(a.tekst, ".!?") && losseRegel(i, b)) return Koppeling.NIEUW;
                return Koppeling.ZELFDE_ALINEA;
            default:
                if (wit) return witVervolg(a, b) ? Koppeling.ZELFDE_ALINEA : Koppeling.NIEUW;
                if (eindigt(a.tekst, ".;!?") && losseRegel(i, b)) return Koppeling.NIEUW;
                if (eindigt(a.tekst, ".:;!?") && !afgebroken(a, b)) return Koppeling.NIEUWE_ALINEA;
                return Koppeling.ZELFDE_ALINEA;
        }
    }

    private boolean afgebroken(Regel a, Regel b) {
        return a.lengte() + 1 + eersteWoord(b.tekst).length() >= tAfgebroken;
    }

    private boolean witVervolg(Regel a, Regel b) {
        if (eindigt(a.tekst, ".:;!?")) return false;
        if (a.lengte() + 1 + eersteWoord(b.tekst).length() < tWit) return false;
        if (!Character.isUpperCase(b.tekst.codePointAt(0))) return true;
        String w = laatsteWoord(a.tekst);
        return !w.isEmpty() && (FUNCTIEWOORDEN.contains(w.toLowerCase(Locale.ROOT))
                || Character.isUpperCase(w.codePointAt(0)));
    }

    /** Een korte regel die zelf niet is afgebroken en niet op een zinseinde eindigt: een tussenkopje. */
    private boolean losseRegel(int i, Regel b) {
        if (eindigt(b.tekst, ".;!?,") || b.lengte() >= tAfgebroken) return false;
        Regel c = i + 1 < regels.size() ? regels.get(i + 1) : null;
        if (c == null || c.leeg() || structureel(i + 1, b)) return true;
        return !afgebroken(b, c);
    }

    private boolean titelVervolg(Regel a, int i, Regel b) {
        if (a.lengte() < tKop || eindigt(a.tekst, ".:;!?") || b.lengte() >= tKop || eindigt(b.tekst, ".:;!?")) {
            return false;
        }
        Regel c = i + 1 < regels.size() ? regels.get(i + 1) : null;
        return c == null || c.leeg() || structureel(i + 1, b);
    }

    private boolean structureel(int j, Regel vorige) {
        Regel r = regels.get(j);
        return !r.leeg() && (herken(j, r, vorige, false, null) != null || (hoofdstuk > 0 && isSlot(j)));
    }

    /** Voegt regel {@code b} aan een alinea toe; een afgebroken woord ("niet-/gebruikelijke") zonder spatie. */
    static void voeg(Stuk s, Regel a, String b) {
        StringBuilder sb = s.tekst;
        int n = sb.length();
        if (n == 0) {
            sb.append(b);
            return;
        }
        boolean afbreking = n >= 2 && sb.charAt(n - 1) == '-' && Character.isLetterOrDigit(sb.charAt(n - 2))
                && !a.eindigtMetSpatie && !b.isEmpty()
                && (Character.isLowerCase(b.codePointAt(0)) || Character.isDigit(b.codePointAt(0)));
        if (!afbreking) sb.append(' ');
        sb.append(b);
    }

    // ---------------------------------------------------------------- hulpjes

    static boolean isOpsomteken(String t) {
        return !t.isEmpty() && Voorbewerking.OPSOMTEKENS.indexOf(t.charAt(0)) >= 0;
    }

    static boolean eindigt(String t, String tekens) {
        return !t.isEmpty() && tekens.indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    static int[] delen(String nummer) {
        String[] s = nummer.split("\\.");
        int[] d = new int[s.length];
        for (int k = 0; k < s.length; k++) d[k] = Integer.parseInt(s[k]);
        return d;
    }

    private static String eersteWoord(String t) {
        int k = t.indexOf(' ');
        return k < 0 ? t : t.substring(0, k);
    }

    private static String laatsteWoord(String t) {
        String w = t.substring(t.lastIndexOf(' ') + 1);
        return w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
    }

    private static int waarde(String romeins) {
        int totaal = 0;
        int vorig = 0;
        for (int k = romeins.length() - 1; k >= 0; k--) {
            int w = switch (romeins.charAt(k)) {
                case 'i' -> 1;
                case 'v' -> 5;
                case 'x' -> 10;
                case 'l' -> 50;
                default -> 0;
            };
            totaal += w < vorig ? -w : w;
            vorig = Math.max(vorig, w);
        }
        return totaal;
    }
}
