package nl.verordening.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.verordening.importer.ImportOptions;
import nl.verordening.importer.Importrapport;
import nl.verordening.importer.ImportResult;
import nl.verordening.importer.Samenvatting;
import nl.verordening.importer.TextImporter;
import nl.verordening.importer.docx.DocxImporter;
import nl.verordening.model.Finding;
import nl.verordening.load.LoadException;
import nl.verordening.load.SourceLoader;
import nl.verordening.pijplijn.UitvoerMap;
import nl.verordening.render.bron.BronWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", mixinStandardHelpOptions = false,
        description = "Maakt een bronmap uit een bestaande verordening.",
        synopsisHeading = "Gebruik: ", descriptionHeading = "%n", commandListHeading = "%nOpdrachten:%n",
        subcommands = {ImportCommand.Tekst.class, ImportCommand.Docx.class})
final class ImportCommand {

    @picocli.CommandLine.Mixin
    HulpOpties hulp;

    /**
     * Schrijft de bron van een import naar {@code uitvoer} (alles of niets), met "# controleer:" bij
     * onzekere plekken en {@link Importrapport#BESTAND} met alle bevindingen; meldt op stderr en geeft
     * de exitcode (0 geen twijfel, 1 plekken om te controleren).
     */
    static int schrijf(ImportResult r, Path bestand, Path uitvoer, CommandSpec spec) throws IOException {
        return schrijf(r, bestand.getParent(), Map.of(), uitvoer, spec);
    }

    /**
     * @param meldingenMap map waartegen de bestandsnamen in de meldingen gelden
     * @param extra        bestanden die er ook in de bronmap bij komen (naam → inhoud)
     */
    static int schrijf(ImportResult r, Path meldingenMap, Map<String, String> extra, Path uitvoer, CommandSpec spec)
            throws IOException {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        Meldingen.print(r.findings(), meldingenMap, err);
        List<Finding> punten = Samenvatting.controlepunten(r);
        Map<String, String> bestanden = new LinkedHashMap<>(Controleerregels.voegToe(new BronWriter().write(r.verordening()), punten));
        bestanden.put(Importrapport.BESTAND, Importrapport.tekst(r.findings()));
        bestanden.putAll(extra);
        boolean laadt = true;
        try (UitvoerMap map = UitvoerMap.begin(uitvoer, false)) {
            for (var e : bestanden.entrySet()) {
                Path p = map.map().resolve(e.getKey());
                Files.createDirectories(p.getParent());
                Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
            }
            try {
                new SourceLoader().load(map.map());
            } catch (LoadException e) {
                // Hoort niet te gebeuren; toch schrijven we de bron: beter een bron met meldingen dan niets.
                Meldingen.print(e.findings(), uitvoer, err);
                err.println("verordening: de geïmporteerde bron laadt niet (een fout in de importeur); "
                        + "hij is toch geschreven, verbeter hem met de meldingen hierboven.");
                laadt = false;
            }
            map.vervang();
        }
        Samenvatting.Tellingen t = Samenvatting.tel(r.verordening());
        out.println(uitvoer + ": " + t.hoofdstukken() + " hoofdstukken, " + t.paragrafen() + " paragrafen, "
                + t.artikelen() + " artikelen, " + t.leden() + " leden, " + t.begrippen() + " begrippen, "
                + t.bijlagen() + " bijlagen, " + t.tabellen() + " tabellen geïmporteerd; " + punten.size()
                + " plekken om te controleren (# controleer: in de bron), " + r.findings().size()
                + " meldingen (" + Importrapport.BESTAND + "). Controleer de bron met 'verordening check " + uitvoer + "'.");
        return punten.isEmpty() && laadt ? ExitCode.OK : ExitCode.BEVINDINGEN;
    }

    /** Wat 'import tekst' en 'import docx' delen: de opties en de weigeringen vóór het lezen. */
    abstract static class Opdracht implements Callable<Integer> {

        @picocli.CommandLine.Mixin
        HulpOpties hulp;

        @Spec
        CommandSpec spec;

        @Option(names = {"-o", "--uitvoer"}, required = true, paramLabel = "MAP", description = "De bronmap die gemaakt wordt.")
        Path uitvoer;

        @Option(names = "--force", description = "Vervang MAP als die al bestaat (alleen een bronmap of een eigen uitvoermap).")
        boolean force;

        @Option(names = "--cbs-code", paramLabel = "CODE", description = "CBS-gemeentecode, zoals gm1509.")
        String cbsCode;

        /**
         * Null als {@code bestand} gelezen mag worden en {@code uitvoer} gemaakt of vervangen; anders de
         * exitcode, met de reden op stderr. {@code --force} vervangt nooit de werkmap, de thuismap of een
         * vreemde map (issue 6).
         */
        Integer weiger(Path bestand, String watIsHet, String geenMap) {
            var err = spec.commandLine().getErr();
            if (ImportInvoer.geweigerd(bestand, uitvoer, force, err)) return ExitCode.ONBRUIKBAAR;
            String reden = null;
            if (Files.exists(uitvoer) && !force) {
                reden = uitvoer + " bestaat al; gebruik --force om hem te vervangen.";
            } else if (Files.exists(uitvoer) && bestand.toAbsolutePath().normalize().startsWith(uitvoer.toAbsolutePath().normalize())) {
                reden = watIsHet + " staat in " + uitvoer + "; kies een andere uitvoermap.";
            } else if (Files.isDirectory(bestand)) {
                reden = bestand + " is een map, " + geenMap + ".";
            } else if (!Files.exists(bestand)) {
                reden = bestand + " bestaat niet.";
            }
            if (reden == null) return null;
            err.println("verordening: " + reden);
            return ExitCode.ONBRUIKBAAR;
        }
    }

    @Command(name = "tekst", mixinStandardHelpOptions = false,
            description = {"Leest een verordening als platte tekst (bijvoorbeeld uit een PDF gehaald) en schrijft de YAML-bron.",
                "Herkent hoofdstukken, paragrafen en artikelen (met of zonder de woorden Hoofdstuk, Paragraaf, Artikel),",
                "wettenregels, kernwaarden, begrippen en begripsbepalingen, leden, onderdelen, aanhef, slot, bijlagen en tabellen.",
                "Onzekere plekken krijgen '# controleer:' in de bron. Exit 0: geen twijfel; 1: controleer de gemelde plekken;",
                "2: geen bruikbare invoer (leeg, binair, geen koppen, een map). Alle meldingen staan ook in",
                "MAP/import-rapport.txt, één per regel.",
                "Opmaakresten van de PDF (koppen, paginanummers, opsommingstekens) gaan weg; de tekst zelf blijft zoals vastgesteld."},
            synopsisHeading = "Gebruik: ", descriptionHeading = "%n", parameterListHeading = "%nArgumenten:%n",
            optionListHeading = "%nOpties:%n")
    static final class Tekst extends Opdracht {

        @Parameters(index = "0", paramLabel = "BESTAND", description = "Het tekstbestand (UTF-8).")
        Path bestand;

        @Override
        public Integer call() throws IOException {
            var err = spec.commandLine().getErr();
            Integer geweigerd = weiger(bestand, "het tekstbestand", "geen tekstbestand met een verordening");
            if (geweigerd != null) return geweigerd;
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(bestand);
            } catch (NoSuchFileException e) {
                err.println("verordening: " + bestand + " bestaat niet.");
                return ExitCode.ONBRUIKBAAR;
            }
            if (isBinair(bytes)) {
                err.println("verordening: " + bestand + " is geen tekstbestand (binaire inhoud); haal eerst de tekst eruit,"
                        + " bijvoorbeeld met 'pdftotext -layout'.");
                return ExitCode.ONBRUIKBAAR;
            }
            String tekst;
            try {
                tekst = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                err.println("verordening: " + bestand + " is geen geldige UTF-8; sla het op als UTF-8 (bijv. met 'iconv -f latin1 -t utf-8').");
                return ExitCode.ONBRUIKBAAR;
            }
            if (tekst.isBlank()) {
                err.println("verordening: " + bestand + " is leeg.");
                return ExitCode.ONBRUIKBAAR;
            }
            ImportResult r = new TextImporter(new ImportOptions(cbsCode)).importText(tekst, bestand.getFileName().toString());
            if (r.onbruikbaar() != null) {
                err.println("verordening: " + bestand + ": " + r.onbruikbaar() + " Er is niets geschreven.");
                return ExitCode.ONBRUIKBAAR;
            }
            return schrijf(r, bestand, uitvoer, spec);
        }

        /** NUL-bytes of veel stuurtekens: geen tekst. */
        private static boolean isBinair(byte[] b) {
            int stuur = 0;
            int n = Math.min(b.length, 8192);
            for (int i = 0; i < n; i++) {
                int c = b[i] & 0xff;
                if (c == 0) return true;
                if (c < 32 && c != '\n' && c != '\r' && c != '\t' && c != '\f') stuur++;
            }
            return n > 0 && stuur * 20 > n;
        }
    }

    @Command(name = "docx", mixinStandardHelpOptions = false,
            description = {"Leest een verordening als Word-document (DOCX) en schrijft de YAML-bron.",
                "Automatische nummering wordt het nummer dat de lezer ziet (1., a., 1°), koppen (Kop 1-3) staan op",
                "een eigen regel, tabellen worden tabellen; verder dezelfde regels als 'import tekst'.",
                "De tekst zoals gelezen staat in MAP/" + DOCX_TEKST + "; de regelnummers in meldingen en in",
                "MAP/import-rapport.txt verwijzen daarnaar. Exit 0, 1 en 2 als bij 'import tekst'."},
            synopsisHeading = "Gebruik: ", descriptionHeading = "%n", parameterListHeading = "%nArgumenten:%n",
            optionListHeading = "%nOpties:%n")
    static final class Docx extends Opdracht {

        @Parameters(index = "0", paramLabel = "BESTAND", description = "Het Word-document (.docx).")
        Path bestand;

        @Override
        public Integer call() throws IOException {
            var err = spec.commandLine().getErr();
            Integer geweigerd = weiger(bestand, "het document", "geen Word-document");
            if (geweigerd != null) return geweigerd;
            DocxImporter.Resultaat d;
            try {
                d = new DocxImporter(new ImportOptions(cbsCode)).importeer(bestand, DOCX_TEKST);
            } catch (DocxImporter.OnleesbaarDocument e) {
                err.println("verordening: " + e.getMessage());
                return ExitCode.ONBRUIKBAAR;
            }
            ImportResult r = d.importResultaat();
            if (r.onbruikbaar() != null) {
                err.println("verordening: " + bestand + ": " + r.onbruikbaar() + " Er is niets geschreven.");
                return ExitCode.ONBRUIKBAAR;
            }
            return schrijf(r, uitvoer, Map.of(DOCX_TEKST, d.tekst()), uitvoer, spec);
        }
    }

    /** De tekst van een Word-document zoals gelezen, in de bronmap: de regelnummers in meldingen gelden daarvoor. */
    static final String DOCX_TEKST = "import-tekst.txt";
}
