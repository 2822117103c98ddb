package nl.verordening.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.verordening.check.begrip.AfkortingOnbekendCheck;
import nl.verordening.check.begrip.BegripOngebruiktCheck;
import nl.verordening.check.begrip.BegripSchrijfwijzeCheck;
import nl.verordening.check.begrip.BegripTikfoutCheck;
import nl.verordening.check.begrip.DubbeleDefinitieCheck;
import nl.verordening.check.taal.AmbtelijkWoordCheck;
import nl.verordening.check.taal.HerhalingCheck;
import nl.verordening.check.taal.LeesbaarheidCheck;
import nl.verordening.check.wet.WetInleidingCheck;
import nl.verordening.check.wet.WetSchrijfwijzeCheck;
import nl.verordening.check.wet.WettenregelAlsTekstCheck;
import nl.verordening.check.structuur.ArtikelnummeringCheck;
import nl.verordening.check.structuur.KernwaardenCheck;
import nl.verordening.check.structuur.LeegArtikelCheck;
import nl.verordening.check.structuur.LidnummeringCheck;
import nl.verordening.check.structuur.LijstEindeCheck;
import nl.verordening.check.structuur.MetadataCheck;
import nl.verordening.check.structuur.OnderdelenCheck;
import nl.verordening.check.verwijzing.VerwijzingAlleenTitelCheck;
import nl.verordening.check.verwijzing.VerwijzingDoelOnbekendCheck;
import nl.verordening.check.verwijzing.VerwijzingLidOnbekendCheck;
import nl.verordening.check.verwijzing.VerwijzingOnderwerpCheck;
import nl.verordening.check.verwijzing.VerwijzingTitelAndersCheck;
import nl.verordening.check.verwijzing.VerwijzingVormCheck;
import nl.verordening.check.verwijzing.VerwijzingZelfCheck;
import nl.verordening.model.Aanvaarding;
import nl.verordening.model.Finding;
import nl.verordening.model.ModelIndex;
import nl.verordening.model.Verordening;

/**
 * Het register van alle controles, in vaste volgorde, en het uitvoeren ervan. Onafhankelijk van de
 * CLI: een compileer-API roept {@link #run(Verordening)} aan.
 */
public final class Checks {

    private Checks() {}

    /** Alle controles; een nieuwe controle komt hier bij (en krijgt een fixture en een docs-pagina). */
    public static List<Check> alle() {
        return List.of(new WetSchrijfwijzeCheck(), new WettenregelAlsTekstCheck(), new WetInleidingCheck(),
                new VerwijzingDoelOnbekendCheck(), new VerwijzingLidOnbekendCheck(), new VerwijzingTitelAndersCheck(),
                new VerwijzingAlleenTitelCheck(), new VerwijzingZelfCheck(), new VerwijzingVormCheck(),
                new VerwijzingOnderwerpCheck(),
                new LidnummeringCheck(), new OnderdelenCheck(), new LijstEindeCheck(), new ArtikelnummeringCheck(),
                new LeegArtikelCheck(), new KernwaardenCheck(), new MetadataCheck(),
                new BegripSchrijfwijzeCheck(), new BegripTikfoutCheck(), new BegripOngebruiktCheck(),
                new AfkortingOnbekendCheck(), new DubbeleDefinitieCheck(),
                new LeesbaarheidCheck(), new AmbtelijkWoordCheck(), new HerhalingCheck(),
                new BeslistabelGatCheck(), new BeslistabelOverlapCheck(), new BeslistabelAnyCheck(),
                new BeslistabelOnbereikbaarCheck(), new BeslistabelPrioriteitCheck(), new BeslistabelVoorbeeldCheck(),
                new BeslistabelGetalCheck(), new BeslistabelGrondslagCheck(), new BeslistabelTwijfelCheck());
    }

    /** De codes die {@code aanvaard:} mag noemen, gesorteerd. */
    public static Set<String> codes() {
        Set<String> r = new TreeSet<>();
        alle().forEach(c -> r.add(c.info().code()));
        return r;
    }

    /** Een bevinding die de bron aanvaardt, met de aanvaarding die haar dekt. */
    public record Aanvaard(Finding bevinding, Aanvaarding aanvaarding) {}

    /**
     * @param bevindingen niet-aanvaarde bevindingen, gesorteerd op plek
     * @param aanvaard    aanvaarde bevindingen, gesorteerd op plek; die tellen niet als waarschuwing
     */
    public record Uitslag(List<Finding> bevindingen, List<Aanvaard> aanvaard) {
        public Uitslag {
            bevindingen = List.copyOf(bevindingen);
            aanvaard = List.copyOf(aanvaard);
        }
    }

    /** Alle controles uit het register. */
    public static Uitslag run(Verordening v) {
        return run(v, alle());
    }

    /**
     * Elke controle één keer over het model; een bevinding is aanvaard als haar element of een
     * omvattend element een aanvaarding met dezelfde code draagt.
     */
    public static Uitslag run(Verordening v, List<Check> checks) {
        List<Finding> alle = new ArrayList<>();
        for (Check c : checks) alle.addAll(c.check(v));
        alle.sort(Comparator.naturalOrder());
        ModelIndex index = v.aanvaardingen().isEmpty() ? null : v.index();
        List<Finding> open = new ArrayList<>();
        List<Aanvaard> aanvaard = new ArrayList<>();
        for (Finding f : alle) {
            Optional<Aanvaarding> a = index == null ? Optional.empty() : aanvaarding(f, v, index);
            if (a.isPresent()) aanvaard.add(new Aanvaard(f, a.get()));
            else open.add(f);
        }
        return new Uitslag(open, aanvaard);
    }

    /** De binnenste aanvaarding die de bevinding dekt. */
    private static Optional<Aanvaarding> aanvaarding(Finding f, Verordening v, ModelIndex index) {
        if (f.element() == null) return Optional.empty();
        for (String pad : index.omvattend(f.element())) {
            for (Aanvaarding a : v.aanvaardingen()) {
                if (a.element().equals(pad) && a.code().equals(f.code())) return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
