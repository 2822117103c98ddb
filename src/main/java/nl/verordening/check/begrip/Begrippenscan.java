package nl.verordening.check.begrip;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.verordening.check.Teksten;
import nl.verordening.model.Begrip;
import nl.verordening.model.Verordening;
import org.ahocorasick.trie.PayloadEmit;
import org.ahocorasick.trie.PayloadTrie;

/**
 * Zoekt alle gedefinieerde termen in één keer door de tekst: één Aho–Corasick-automaat met elke
 * genormaliseerde vorm van elke term, en per tekstblok één doorgang, hoeveel termen er ook zijn.
 * De controles BEG001–BEG004 delen de uitkomst (zie {@link #van}).
 */
final class Begrippenscan {

    /** Een voorkomen van een term: zoals geschreven, in welk blok. */
    record Treffer(Term term, String geschreven, Teksten.Fragment fragment) {}

    private static final Pattern VERDER = Pattern.compile("\\((?:verder|hierna)(?: te noemen)?\\s*:\\s*(?:de |het |een )?([^)]+)\\)");
    private static final Pattern AFKORTING = Pattern.compile("\\(([\\p{L}][\\p{L}.]{1,8}(?: \\d{4})?)\\)");
    /** "SO: speciaal onderwijs" aan het begin van een blok. */
    private static final Pattern DUBBELE_PUNT = Pattern.compile("(\\p{Lu}[\\p{Lu}.]{1,8}): \\S");
    private static final Pattern JAARTAL = Pattern.compile(" (?:19|20)\\d\\d\\b");
    private static final Pattern ROMEINS = Pattern.compile("[ivxlc]+");

    final List<Term> termen;
    final List<Teksten.Fragment> fragmenten;
    final List<Treffer> treffers;

    private Begrippenscan(List<Term> termen, List<Teksten.Fragment> fragmenten, List<Treffer> treffers) {
        this.termen = termen;
        this.fragmenten = fragmenten;
        this.treffers = treffers;
    }

    private static Verordening laatsteBron;
    private static Begrippenscan laatste;

    /** De scan van deze verordening; de controles van één run delen hem (op identiteit). */
    static synchronized Begrippenscan van(Verordening v) {
        if (laatsteBron != v) {
            laatste = scan(v);
            laatsteBron = v;
        }
        return laatste;
    }

    static Begrippenscan scan(Verordening v) {
        List<Teksten.Fragment> fragmenten = Teksten.van(v);
        List<Term> termen = termen(v, fragmenten);
        // genormaliseerde vorm → term; de eerste definitie wint (de begrippenlijst staat vooraan)
        Map<String, Integer> patronen = new LinkedHashMap<>();
        for (int t = 0; t < termen.size(); t++) {
            for (String vorm : termen.get(t).vormen()) {
                String n = Normaaltekst.vouw(vorm);
                if (n.length() < 2) continue;
                patronen.putIfAbsent(n, t);
                if (n.contains(" ")) patronen.putIfAbsent(n.replace(" ", ""), t);
                String zonderJaar = JAARTAL.matcher(n).replaceAll("");
                if (!zonderJaar.equals(n) && zonderJaar.length() >= 2) patronen.putIfAbsent(zonderJaar, t);
            }
        }
        PayloadTrie.PayloadTrieBuilder<Integer> b = PayloadTrie.<Integer>builder().ignoreOverlaps();
        patronen.forEach(b::addKeyword);
        PayloadTrie<Integer> trie = b.build();
        List<Treffer> treffers = new ArrayList<>();
        for (Teksten.Fragment f : fragmenten) {
            Normaaltekst nt = Normaaltekst.van(f.tekst());
            Collection<PayloadEmit<Integer>> emits = trie.parseText(nt.tekst());
            for (PayloadEmit<Integer> e : emits) {
                if (!grens(nt.tekst(), e.getStart(), e.getEnd())) continue;
                String geschreven = nt.bronstuk(f.tekst(), e.getStart(), e.getEnd());
                Matcher jaar = JAARTAL.matcher(f.tekst()).region(nt.bron()[e.getEnd()] + 1, f.tekst().length());
                if (jaar.lookingAt()) geschreven += jaar.group();
                treffers.add(new Treffer(termen.get(e.getPayload()), geschreven, f));
            }
        }
        return new Begrippenscan(termen, fragmenten, treffers);
    }

    /** Een heel woord, of een woord met een buigingsuitgang ("cliënten", "inwoners", "pgb's"). */
    private static boolean grens(String t, int begin, int eind) {
        if (begin > 0 && Character.isLetterOrDigit(t.charAt(begin - 1))) return false;
        int na = eind + 1;
        // korte afkortingen alleen met "'s": anders is "wi" + "e" het woord "wie"
        String[] uitgangen = eind - begin < 3 ? new String[] {"", "'s"} : new String[] {"", "s", "'s", "en", "n", "e", "d", "de", "den"};
        for (String uitgang : uitgangen) {
            int k = na + uitgang.length();
            if (t.startsWith(uitgang, na) && (k >= t.length() || !Character.isLetterOrDigit(t.charAt(k)))) return true;
        }
        return false;
    }

    /** Begrippen uit lijst en begripsbepalingen, dan definities in de tekst in documentvolgorde. */
    static List<Term> termen(Verordening v, List<Teksten.Fragment> fragmenten) {
        List<Term> r = new ArrayList<>();
        for (Begrip b : v.begrippen()) {
            List<String> vormen = new ArrayList<>();
            vormen.add(b.term());
            // "Taxivervoer (anders dan collectief taxivervoer)": de toevoeging hoort niet bij de term
            String zonderToevoeging = b.term().replaceAll("\\s*\\([^)]*\\)", "").strip();
            if (!zonderToevoeging.equals(b.term()) && !zonderToevoeging.isEmpty()) vormen.add(zonderToevoeging);
            vormen.addAll(b.afkortingen());
            vormen.addAll(b.varianten());
            r.add(new Term(b.term(), vormen, "begrip '" + b.term() + "'", b.pos(), b));
        }
        for (Teksten.Fragment f : fragmenten) {
            String waar = f.pad().omschrijving();
            Matcher m = VERDER.matcher(f.tekst());
            while (m.find()) r.add(new Term(m.group(1).strip(), List.of(m.group(1).strip()), waar, f.pos(), null));
            m = DUBBELE_PUNT.matcher(f.tekst());
            if (m.lookingAt()) {
                String a = m.group(1).replaceAll("\\.$", "");
                r.add(new Term(a, List.of(a), waar, f.pos(), null));
            }
            m = AFKORTING.matcher(f.tekst());
            while (m.find()) {
                String a = m.group(1);
                if (isAfkortingVan(a, f.tekst().substring(0, m.start()))) r.add(new Term(a, List.of(a), waar, f.pos(), null));
            }
        }
        return r;
    }

    /**
     * "(BZJ)" na "Buurtzorg Jong", "(pgb)" na "persoonsgebonden budget": een woord tussen haakjes met
     * minstens twee hoofdletters, of in kleine letters met de beginletters van de woorden ervoor.
     */
    static boolean isAfkortingVan(String a, String ervoor) {
        String kaal = a.replaceAll(" \\d{4}$", "").replace(".", "");
        if (kaal.length() < 2 || ROMEINS.matcher(kaal.toLowerCase()).matches()) return false;
        long hoofd = kaal.chars().filter(Character::isUpperCase).count();
        String[] woorden = ervoor.strip().split("[\\s-]+");
        int van = Math.max(0, woorden.length - 6);
        StringBuilder initialen = new StringBuilder();
        for (int i = van; i < woorden.length; i++) if (!woorden[i].isEmpty()) initialen.append(Character.toLowerCase(woorden[i].charAt(0)));
        boolean eersteLetter = initialen.indexOf(String.valueOf(Character.toLowerCase(kaal.charAt(0)))) >= 0;
        if (hoofd >= 2) return eersteLetter;
        if (hoofd == 1 && Character.isUpperCase(kaal.charAt(0))) return eersteLetter && kaal.length() <= 5;
        // kleine letters ("pgb"): de letters moeten als beginletters voorkomen, in volgorde
        int k = 0;
        String woordenVolgorde = String.join(" ", java.util.Arrays.copyOfRange(woorden, van, woorden.length)).toLowerCase();
        for (char c : kaal.toLowerCase().toCharArray()) {
            k = woordenVolgorde.indexOf(c, k);
            if (k < 0) return false;
            k++;
        }
        return eersteLetter && kaal.length() >= 3 && kaal.length() <= 5;
    }
}
