package nl.verordening.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.verordening.beslis.Beslisfout;
import nl.verordening.beslis.Beslisser;
import nl.verordening.beslis.Beslissing;
import nl.verordening.load.LoadException;
import nl.verordening.load.SourceLoader;
import nl.verordening.model.Verordening;
import nl.verordening.model.beslis.Beslistabel;
import nl.verordening.model.beslis.Regel;
import nl.verordening.render.ParameterTekst;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "decide", mixinStandardHelpOptions = false,
        description = {"Voert een beslistabel uit: de uitkomst, de regel(s) die passen met uitleg, en de grondslag.",
            "Voorbeeld: verordening decide opstartpremie leeftijd=19 premie_in_afgelopen_12_maanden=nee"},
        synopsisHeading = "Gebruik: ", descriptionHeading = "%n", parameterListHeading = "%nArgumenten:%n",
        optionListHeading = "%nOpties:%n",
        footer = {"%nExitcode 0: uitkomst gegeven (ook als geen regel past); 2: onbekende tabel, onbekende,",
            "ontbrekende of ongeldige invoer, of een onbruikbare bron. Formaat: docs/beslistabellen.md"})
final class DecideCommand implements Callable<Integer> {

    @picocli.CommandLine.Mixin
    HulpOpties hulp;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TABEL", description = "Id van de beslistabel, zoals inkomenstoeslag.")
    String tabel;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "NAAM=WAARDE",
            description = "Invoer, zoals leeftijd=19; getallen met punt of komma, waarheid als true/false of ja/nee.")
    List<String> invoer = new ArrayList<>();

    @Option(names = "--json", description = "Eén JSON-object: tabel, invoer, uitkomst, regels, grondslag.")
    boolean json;

    @Option(names = "--bron", paramLabel = "MAP", defaultValue = "verordening-source",
            description = "De bronmap (standaard: ${DEFAULT-VALUE}).")
    Path bron;

    @Option(names = "--datum", paramLabel = "JJJJ-MM-DD",
            description = "Peildatum voor de parameters (standaard: de datum van inwerkingtreding).")
    String datum;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LocalDate peildatum = null;
        if (datum != null) {
            try {
                peildatum = LocalDate.parse(datum);
            } catch (DateTimeParseException e) {
                err.println("verordening: --datum moet een datum zijn als 2026-01-01, niet '" + datum + "'.");
                return ExitCode.ONBRUIKBAAR;
            }
        }
        Map<String, String> waarden = new LinkedHashMap<>();
        List<String> fouten = new ArrayList<>();
        for (String a : invoer) {
            int is = a.indexOf('=');
            if (is <= 0) {
                fouten.add("'" + a + "' is geen invoer van de vorm naam=waarde");
                continue;
            }
            String naam = a.substring(0, is).strip();
            if (waarden.put(naam, a.substring(is + 1).strip()) != null) fouten.add("invoer '" + naam + "' staat twee keer in de aanroep");
        }
        Verordening v;
        try {
            v = new SourceLoader().load(bron);
        } catch (LoadException e) {
            Meldingen.print(e.findings(), bron, err);
            err.println("verordening: de bron in " + bron + " is onbruikbaar: " + Meldingen.samenvatting(e.findings()) + ".");
            return ExitCode.ONBRUIKBAAR;
        }
        Beslisser beslisser = new Beslisser(v);
        Beslissing b;
        try {
            Beslistabel t = beslisser.tabel(tabel);
            if (!fouten.isEmpty()) throw new Beslisfout(fouten);
            b = beslisser.beslis(t.id(), waarden, peildatum == null ? beslisser.standaardDatum() : peildatum);
        } catch (Beslisfout e) {
            fouten.addAll(e.meldingen());
            fouten.stream().distinct().forEach(f -> err.println("verordening: " + f + "."));
            return ExitCode.ONBRUIKBAAR;
        }
        if (json) {
            out.println(b.json());
            return ExitCode.OK;
        }
        Beslistabel t = beslisser.tabel(tabel);
        out.println(t.titel() + " (" + t.id() + ")");
        if (b.geenRegel()) {
            out.println("  geen regel past bij deze invoer");
        } else {
            b.uitkomst().forEach((k, w) -> out.println("  " + t.uitvoer(k).map(u -> u.label()).orElse(k) + ": "
                    + tekst(w, t.uitvoer(k).map(u -> u.eenheid()).orElse(""))));
            for (int nr : b.regels()) {
                Regel r = t.regels().get(nr - 1);
                out.println("  regel " + nr + ": " + r.uitleg());
            }
        }
        out.println("  grondslag: " + b.grondslag());
        return ExitCode.OK;
    }

    /** Zoals de tekst het schrijft: "€ 595", "62,50 euro", "6 weken", "ja"; een lijst (COLLECT) met komma's. */
    private static String tekst(Object w, String eenheid) {
        if (w instanceof java.math.BigDecimal g) {
            // enkelvoud bij 1: "1 maand", niet "1 maanden"
            if (g.compareTo(java.math.BigDecimal.ONE) == 0 && eenheid.equals("maanden")) return "1 maand";
            if (g.compareTo(java.math.BigDecimal.ONE) == 0 && eenheid.equals("weken")) return "1 week";
            return ParameterTekst.metEenheid(g.toPlainString(), eenheid);
        }
        if (w instanceof Boolean x) return x ? "ja" : "nee";
        if (w instanceof List<?> l) {
            List<String> r = new ArrayList<>();
            for (Object o : l) r.add(tekst(o, eenheid));
            return String.join(", ", r);
        }
        return String.valueOf(w);
    }
}
