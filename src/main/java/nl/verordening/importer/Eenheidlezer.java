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
    private static final Pattern STREEP = Pattern.compile("^[-\u2013\u2014](?:\\s*(\\p{L}.*)|\\s+(\\S.*))$");
    private static final Pattern LID = Pattern.compile("^(\\d{1,3})[.)]\\s+(\\S.*)$");
    /** "(1) ..." en "{1} ..." (een omzettingsrest voor "1."). */
    private static final Pattern LID_HAAKJES = Pattern.compile("^[({](\\d{1,3})[)}]\\s*(\\S.*)$");
    /** "1 Tekst": alleen in de trefwoordvorm een lid (anders is het een hoofdstukkop). */
    private static final Pattern LID_KAAL = Pattern.compile("^(\\d{1,3})\\s+(\\p{Lu}.*)$");
    private static final Pattern GRAAD = Pattern.compile("^(\\d{1,2})\\s?\u00B0\\.?\\s*(\\S.*)$");
    private static final Pattern ROMEIN = Pattern.compile("^(?:\\(([ivxl]{1,6})\\)|([ivxl]{1,6})[.)])\\s+(\\S.*)$");
    private static final Pattern ROMEINS_GETAL = Pattern.compile("^l?x{0,3}(?:ix|iv|v?i{0,3})$");
    private static final Pattern LETTER = Pattern.compile("^(?:\\(([a-z]{1,2})\\)|([a-z]{1,2})[.)])\\s+(\\S.*)$");
    private static final Pattern SLOT = Pattern.compile("^(?:Aldus\\s+)?[Vv]astgesteld\\b.*");
    /** "Aldus besloten in de openbare vergadering ...", "Aldus vastgesteld door burgemeester en wethouders ...". */
    private static final Pattern SLOT_ALDUS = Pattern.compile("(?iu)^aldus\\s+(?:besloten|vastgesteld|gedaan)\\b.*");
    /** "Den Haag, 17 april 2018": plaats en datum boven de ondertekening. */
    private static final Pattern PLAATS_DATUM = Pattern.compile(
            "(?iu)^(?:\\p{Lu}[\\p{L}'\u2019. \\-]{1,40},\\s*)?(?:d\\.d\\.\\s*)?\\d{1,2}\\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\\s+\\d{4}[.,]?$");
    /** Regels van de aanhef die altijd een nieuw stuk beginnen ("gelet op", "besluit:"). */
    private static final Pattern AANHEFREGEL = Pattern.compile("(?iu)^(?:gelet\\s+op|gelezen\\s|besluit\\b|besluiten\\b)");
    private static final Pattern ONDERTEKENAAR = Pattern.compile(
            "(?iu)\\b(?:(?:raads)?griffier|voorzitter|burgemeester|secretaris|wethouder|college)\\b");
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

    private final boolean trefwoorden;
    private final boolean heeftHoofdstukken;
    private int verwacht = 1;
    private int hoofdstuk = 0;
    /** Er is een kop gezien: de tekst zelf is begonnen (daarvoor staan titel en aanhef). */
    private boolean romp;
    private boolean artikelGezien;
    private boolean inBijlagen;
    private boolean begrippen;
    private boolean kopGezien;
    private int vorigLid;
    private String vorigeLetter;
    private String vorigeRomein;

    Eenheidlezer(List<Regel> regels, int breedte, Bevindingen bevindingen) {
        this(regels, breedte, bevindingen, false);
    }

    /** @param trefwoorden alleen koppen met een trefwoord ("Artikel 3") maken de structuur; zie {@link Koppen} */
    Eenheidlezer(List<Regel> regels, int breedte, Bevindingen bevindingen, boolean trefwoorden) {
        this.trefwoorden = trefwoorden;
        boolean h = false;
        for (Regel r : regels) {
            Koppen.Kop k = r.leeg() ? null : Koppen.lees(r.tekst);
            h |= k != null && k.soort() == Koppen.Soort.HOOFDSTUK;
        }
        this.heeftHoofdstukken = h;
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
            if (romp && !inBijlagen && isSlot(i)) {
                // het slot loopt tot de eerste bijlage; daarna gaat het lezen verder
                int j = i;
                while (j < regels.size() && !isBijlagekop(regels.get(j))) j++;
                slot.addAll(regels.subList(i, j));
                if (j == regels.size()) break;
                inBijlagen = true;
                i = j - 1;
                wit = true;
                huidig = null;
                continue;
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
        if (!romp && AANHEFREGEL.matcher(t).find()) return new Eenheid(Soort.TEKST, r, t);
        Koppen.Kop kop = Koppen.lees(t);
        if (kop != null && kop.soort() == Koppen.Soort.BIJLAGE && (inBijlagen || (trefwoorden && artikelGezien))) {
            return kopEenheid(Soort.BIJLAGE, r, kop);
        }
        if (trefwoorden && !inBijlagen && kop != null && kop.soort() != Koppen.Soort.BIJLAGE) {
            Soort s = switch (kop.soort()) {
                case HOOFDSTUK -> Soort.HOOFDSTUK;
                case AFDELING -> heeftHoofdstukken ? Soort.PARAGRAAF : Soort.HOOFDSTUK;
                case PARAGRAAF -> Soort.PARAGRAAF;
                default -> Soort.KOP;
            };
            return kopEenheid(s, r, kop);
        }
        Matcher m = HOOFDSTUK.matcher(t);
        if (!trefwoorden && !inBijlagen && m.matches() && isHoofdstukkop(i, Integer.parseInt(m.group(1)), m.group(2))) {
            Eenheid e = new Eenheid(Soort.HOOFDSTUK, r, m.group(2));
            e.nummer = m.group(1);
            return e;
        }
        if (!trefwoorden && !inBijlagen && hoofdstuk > 0) {
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
            return new Eenheid(Soort.STREEPJE, r, m.group(1) != null ? m.group(1) : m.group(2));
        }
        Eenheid rij = rij(i, r);
        if (rij != null) return rij;
        m = GRAAD.matcher(t);
        if (m.matches()) {
            Eenheid e = new Eenheid(Soort.GRAAD, r, m.group(2));
            e.label = m.group(1) + "°"; // zoals vastgesteld: "1°"
            return e;
        }
        if (begrippen && !kopGezien) {
            Eenheid b = begrip(r, vorige, wit, huidig);
            if (b != null) return b;
        }
        m = LID_HAAKJES.matcher(t);
        if (m.matches() || (trefwoorden && (m = LID_KAAL.matcher(t)).matches())) {
            Eenheid e = new Eenheid(Soort.LID, r, m.group(2));
            e.label = m.group(1);
            return e;
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
                else if (volgtOpLetter(vorigeLetter, lab)) alsRomein = false;
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
            String lab = m.group(1) != null ? m.group(1) : m.group(2);
            if (lab.length() == 2 && lab.charAt(0) != lab.charAt(1)) return null; // alleen "aa", "bb", ...
            Eenheid e = new Eenheid(Soort.LETTER, r, m.group(3));
            e.label = lab;
            return e;
        }
        return null;
    }

    private Eenheid kopEenheid(Soort s, Regel r, Koppen.Kop kop) {
        Eenheid e = new Eenheid(s, r, kop.titel());
        e.nummer = kop.nummer();
        e.trefwoord = true;
        e.woord = kop.woord();
        return e;
    }

    private static boolean isBijlagekop(Regel r) {
        Koppen.Kop k = r.leeg() ? null : Koppen.lees(r.tekst);
        return k != null && k.soort() == Koppen.Soort.BIJLAGE;
    }

    /** "b" na "a", "bb" na "aa": een letter, geen romeins cijfer ("i" na "h", "ii" na "hh"). */
    private static boolean volgtOpLetter(String vorige, String lab) {
        if (vorige == null || vorige.length() != lab.length()) return false;
        for (int k = 0; k < lab.length(); k++) if (lab.charAt(k) != vorige.charAt(k) + 1) return false;
        return true;
    }

    /**
     * Een tabelrij: cellen gescheiden door tabs of " | ", of (in een bijlage) in kolommen uitgelijnd met
     * twee of meer spaties, als een buurregel dezelfde kolommen heeft.
     */
    private Eenheid rij(int i, Regel r) {
        List<String> cellen = cellen(r, inBijlagen);
        if (cellen.size() < 2) return null;
        // een tabel heeft minstens twee rijen: één regel met " | " of een tab is nog geen tabel
        boolean buur = false;
        for (int j : new int[] {i - 1, i + 1}) {
            if (j >= 0 && j < regels.size() && cellen(regels.get(j), inBijlagen).size() >= 2) buur = true;
        }
        if (!buur) return null;
        Eenheid e = new Eenheid(Soort.RIJ, r, r.tekst);
        e.cellen = cellen;
        return e;
    }

    static List<String> cellen(Regel r, boolean uitgelijnd) {
        String[] delen;
        if (r.tekst.contains(" | ")) delen = r.ruw.split("\\s\\|\\s|\\|");
        else if (r.ruw.strip().contains("\t")) delen = r.ruw.strip().split("\\t+");
        else if (uitgelijnd) delen = r.ruw.strip().split("\\s{2,}");
        else return List.of();
        List<String> uit = new ArrayList<>();
        for (String d : delen) uit.add(Regel.normaliseer(d));
        while (!uit.isEmpty() && uit.get(0).isEmpty()) uit.remove(0);
        while (!uit.isEmpty() && uit.get(uit.size() - 1).isEmpty()) uit.remove(uit.size() - 1);
        return uit;
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
        String t = regels.get(i).tekst;
        StringBuilder sb = new StringBuilder();
        for (int j = i; j < regels.size() && j <= i + 2; j++) sb.append(' ').append(regels.get(j).tekst);
        String drie = sb.toString().toLowerCase(Locale.ROOT);
        if (SLOT.matcher(t).matches()) {
            return drie.contains("raad") || (trefwoorden && (drie.contains("college") || drie.contains("burgemeester")));
        }
        if (!trefwoorden && hoofdstuk == 0) return false;
        if (SLOT_ALDUS.matcher(t).matches()) return true;
        if (PLAATS_DATUM.matcher(t).matches()) {
            // een plaats en datum, met binnen vier regels een ondertekenaar
            int gezien = 0;
            for (int j = i + 1; j < regels.size() && gezien < 4; j++) {
                if (regels.get(j).leeg()) continue;
                gezien++;
                if (ONDERTEKENAAR.matcher(regels.get(j).tekst).find()) return true;
            }
        }
        return false;
    }

    private void werkBij(Eenheid e) {
        if (e.trefwoord) {
            romp = true;
            if (e.soort == Soort.KOP) artikelGezien = true;
            kopGezien = e.soort != Soort.HOOFDSTUK;
            if (e.soort == Soort.HOOFDSTUK) begrippen = BEGRIPPENTITEL.matcher(e.titel()).find();
            herstel();
            return;
        }
        switch (e.soort) {
            case HOOFDSTUK -> {
                int n = Integer.parseInt(e.nummer);
                if (n != verwacht) {
                    bevindingen.waarschuwing("import-hoofdstuknummer", bevindingen.pos(e.regel),
                            "Hoofdstuk " + n + " volgt op hoofdstuk " + hoofdstuk + "; nummering overgenomen zoals geschreven.");
                }
                hoofdstuk = n;
                verwacht = n + 1;
                romp = true;
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
                vorigeLetter = null;
                vorigeRomein = null;
            }
            case LETTER -> {
                vorigeLetter = e.label;
                vorigeRomein = null;
            }
            case ROMEIN -> vorigeRomein = e.label;
            default -> { }
        }
    }

    private void herstel() {
        vorigLid = 0;
        vorigeLetter = null;
        vorigeRomein = null;
    }

    private void meldVreemdeKop(Regel r) {
        Matcher m = KOP.matcher(r.tekst);
        if (!trefwoorden && hoofdstuk > 0 && m.matches() && r.lengte() < breedte * 0.75 && !eindigt(r.tekst, ".,;:")) {
            bevindingen.info("import-kop-buiten-hoofdstuk", bevindingen.pos(r), "Regel '" + r.tekst
                    + "' lijkt een kop, maar het nummer hoort niet bij hoofdstuk " + hoofdstuk + "; gelezen als tekst.");
        }
    }

    // ---------------------------------------------------------------- samenvoegen

    private Koppeling koppel(Eenheid u, int i, Regel b, boolean wit) {
        Regel a = u.laatste;
        if (u.trefwoord) return !wit && titelOpVolgendeRegel(u, i, b) ? Koppeling.ZELFDE_ALINEA : Koppeling.NIEUW;
        if (u.soort == Soort.RIJ) return Koppeling.NIEUW;
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

    /**
     * "Artikel 1" met de titel op de regel eronder: een korte regel zonder slotleesteken, gevolgd door
     * een witregel of een structuur. Een titel die al op de kopregel staat loopt niet door.
     */
    private boolean titelOpVolgendeRegel(Eenheid u, int i, Regel b) {
        if (u.stukken.get(0).tekst.length() > 0 || u.laatste != u.regel) return false;
        if (b.lengte() > 100 || eindigt(b.tekst, ".:;,!?") || !Character.isUpperCase(b.tekst.codePointAt(0))) return false;
        Regel c = i + 1 < regels.size() ? regels.get(i + 1) : null;
        return c == null || c.leeg() || structureel(i + 1, b);
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
