package nl.verordening.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.verordening.importer.ImportOptions;
import nl.verordening.importer.ImportResult;
import nl.verordening.importer.TextImporter;
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
        subcommands = {ImportCommand.Tekst.class})
final class ImportCommand {

    @picocli.CommandLine.Mixin
    HulpOpties hulp;

    @Command(name = "tekst", mixinStandardHelpOptions = false,
            description = {"Leest een verordening als platte tekst (bijvoorbeeld uit een PDF gehaald) en schrijft de YAML-bron.",
                "Herkent hoofdstukken, paragrafen, artikelen, wettenregels, kernwaarden, begrippen, leden en onderdelen.",
                "Opmaakresten van de PDF (koppen, paginanummers, opsommingstekens) gaan weg; de tekst zelf blijft zoals vastgesteld."},
            synopsisHeading = "Gebruik: ", descriptionHeading = "%n", parameterListHeading = "%nArgumenten:%n",
            optionListHeading = "%nOpties:%n")
    static final class Tekst implements Callable<Integer> {

        @picocli.CommandLine.Mixin
        HulpOpties hulp;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "BESTAND", description = "Het tekstbestand (UTF-8).")
        Path bestand;

        @Option(names = {"-o", "--uitvoer"}, required = true, paramLabel = "MAP", description = "De bronmap die gemaakt wordt.")
        Path uitvoer;

        @Option(names = "--force", description = "Vervang MAP als die al bestaat.")
        boolean force;

        @Option(names = "--cbs-code", paramLabel = "CODE", description = "CBS-gemeentecode, zoals gm1509.")
        String cbsCode;

        @Override
        public Integer call() throws IOException {
            var out = spec.commandLine().getOut();
            var err = spec.commandLine().getErr();
            if (ImportInvoer.geweigerd(bestand, uitvoer, force, err)) return ExitCode.ONBRUIKBAAR;
            if (Files.exists(uitvoer) && !force) {
                err.println("verordening: " + uitvoer + " bestaat al; gebruik --force om hem te vervangen.");
                return ExitCode.ONBRUIKBAAR;
            }
            if (Files.exists(uitvoer) && bestand.toAbsolutePath().normalize().startsWith(uitvoer.toAbsolutePath().normalize())) {
                err.println("verordening: het tekstbestand staat in " + uitvoer + "; kies een andere uitvoermap.");
                return ExitCode.ONBRUIKBAAR;
            }
            String tekst;
            try {
                tekst = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(bestand))).toString();
            } catch (NoSuchFileException e) {
                err.println("verordening: " + bestand + " bestaat niet.");
                return ExitCode.ONBRUIKBAAR;
            } catch (CharacterCodingException e) {
                err.println("verordening: " + bestand + " is geen geldige UTF-8; sla het op als UTF-8 (bijv. met 'iconv -f latin1 -t utf-8').");
                return ExitCode.ONBRUIKBAAR;
            }
            ImportResult r = new TextImporter(new ImportOptions(cbsCode)).importText(tekst, bestand.getFileName().toString());
            Meldingen.print(r.findings(), bestand.getParent(), err);
            Map<String, String> bestanden = new BronWriter().write(r.verordening());
            try (UitvoerMap map = UitvoerMap.begin(uitvoer, false)) {
                for (var e : bestanden.entrySet()) {
                    Path p = map.map().resolve(e.getKey());
                    Files.createDirectories(p.getParent());
                    Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
                }
                try {
                    new SourceLoader().load(map.map());
                } catch (LoadException e) {
                    // De importeur hoort altijd een laadbare bron te maken: dit is een fout in het programma.
                    Meldingen.print(e.findings(), uitvoer, err);
                    err.println("verordening: interne fout: de geïmporteerde bron laadt niet; er is niets geschreven.");
                    return ExitCode.INTERN;
                }
                map.vervang();
            }
            out.println(uitvoer + ": " + r.verordening().hoofdstukken().size() + " hoofdstukken, " + r.verordening().artikelen().size()
                    + " artikelen, " + r.verordening().begrippen().size() + " begrippen geïmporteerd; " + r.findings().size()
                    + " meldingen. Controleer de bron met 'verordening check " + uitvoer + "'.");
            return ExitCode.OK;
        }
    }
}
