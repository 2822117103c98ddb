package nl.verordening.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.verordening.model.Begrip;
import nl.verordening.model.Blok;
import nl.verordening.model.Onderdeel;

/**
 * Begripsbepalingen in een artikel, zoals het VNG-model ze schrijft: "In deze verordening wordt verstaan
 * onder: a. aanvrager: ...; b. ...". Een lijst wordt een {@link Blok.Begrippenlijst} als elk onderdeel
 * de vorm "term: definitie" heeft en de lijst volgt op een zin die op ':' eindigt en zegt wat er
 * verstaan of bedoeld wordt, of in een artikel staat dat "Begrippen", "Begripsbepalingen" of
 * "Definities" heet. De schrijfwijze blijft: labels (a, aa, 1) en soort lijst (letters, cijfers,
 * streepjes) zoals vastgesteld, en de term met zijn hoofdletters.
 */
final class Begripsbepalingen {

    private static final Pattern TITEL = Pattern.compile("(?iu)begrip|definitie|woordenlijst");
    private static final Pattern AANLOOP = Pattern.compile("(?iu)\\b(?:verstaan|bedoeld|betekenis|begrip|wordt\\s+onder)\\b.*:$");
    /** "term: definitie"; de term is kort en bevat geen zinsleestekens. */
    private static final Pattern TERM = Pattern.compile("^[\"'\u2018\u201C]?([^:;]{1,80}?)[\"'\u2019\u201D]?\\s*:\\s*(.*)$");
    private static final Pattern AFKORTING = Pattern.compile("^(.*\\S)\\s*\\(([^()\\s]{1,12})\\)$");

    private final Bevindingen bevindingen;
    private final Ids ids;

    Begripsbepalingen(Bevindingen bevindingen, Ids ids) {
        this.bevindingen = bevindingen;
        this.ids = ids;
    }

    List<Blok> verwerk(List<Blok> inhoud, String artikeltitel) {
        boolean titel = artikeltitel != null && TITEL.matcher(artikeltitel).find();
        List<Blok> r = new ArrayList<>();
        for (int i = 0; i < inhoud.size(); i++) {
            Blok b = inhoud.get(i);
            if (b instanceof Blok.Lid l) {
                r.add(new Blok.Lid(l.nummer(), verwerk(l.inhoud(), artikeltitel), l.pos()));
                continue;
            }
            if (b instanceof Blok.Lijst lijst && (titel || aanloop(r))) {
                Blok.Begrippenlijst bl = begrippen(lijst);
                if (bl != null) {
                    r.add(bl);
                    continue;
                }
            }
            r.add(b);
        }
        return r;
    }

    private static boolean aanloop(List<Blok> voor) {
        if (voor.isEmpty()) return false;
        String t = Opsommingen.tekst(voor.get(voor.size() - 1));
        if (t == null && voor.get(voor.size() - 1) instanceof Blok.Lid l && !l.inhoud().isEmpty()) {
            t = Opsommingen.tekst(l.inhoud().get(l.inhoud().size() - 1));
        }
        return t != null && AANLOOP.matcher(t.strip()).find();
    }

    private Blok.Begrippenlijst begrippen(Blok.Lijst lijst) {
        if (lijst.onderdelen().size() < 2) return null;
        List<Begrip> begrippen = new ArrayList<>();
        for (Onderdeel o : lijst.onderdelen()) {
            Begrip b = begrip(o, lijst);
            if (b == null) return null;
            begrippen.add(b);
        }
        return new Blok.Begrippenlijst(lijst.soort(), begrippen, lijst.pos());
    }

    private Begrip begrip(Onderdeel o, Blok.Lijst lijst) {
        if (o.inhoud().isEmpty()) return null;
        String eerste = Opsommingen.tekst(o.inhoud().get(0));
        if (eerste == null) return null;
        Matcher m = TERM.matcher(eerste.strip());
        if (!m.matches()) return null;
        String term = m.group(1).strip();
        if (term.isEmpty() || term.split("\\s+").length > 8 || term.contains(". ") || term.contains(", ")) return null;
        List<String> afkortingen = List.of();
        Matcher a = AFKORTING.matcher(term);
        if (a.matches() && a.group(2).chars().anyMatch(Character::isUpperCase)) {
            term = a.group(1).strip();
            afkortingen = List.of(a.group(2));
        }
        List<Blok> definitie = new ArrayList<>();
        if (!m.group(2).isBlank()) definitie.add(Opsommingen.alinea(m.group(2).strip(), o.inhoud().get(0)));
        definitie.addAll(o.inhoud().subList(1, o.inhoud().size()));
        if (definitie.isEmpty()) {
            bevindingen.waarschuwing("import-begrip-zonder-definitie", o.pos(), "Begrip '" + term + "' heeft geen definitie.");
        }
        String label = lijst.soort().genummerd() ? o.label() : null;
        String slug = Ids.slug(term);
        String id = ids.geef(slug.isEmpty() ? "" : "begrip-" + slug, null, "begrip");
        return new Begrip(id, term, afkortingen, List.of(), definitie, label, o.pos());
    }
}
