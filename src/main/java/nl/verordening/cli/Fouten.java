package nl.verordening.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Nederlandse meldingen in plaats van picocli's Engelse, en nooit een stacktrace voor de gebruiker. */
final class Fouten {

    private Fouten() {}

    static final class Parameters implements CommandLine.IParameterExceptionHandler {
        @Override
        public int handleParseException(CommandLine.ParameterException ex, String[] args) {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("verordening: " + vertaal(ex));
            err.println("Zie '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return ExitCode.ONBRUIKBAAR;
        }

        private static String vertaal(CommandLine.ParameterException ex) {
            if (ex instanceof CommandLine.UnmatchedArgumentException u) {
                String wat = String.join(" ", u.getUnmatched());
                String hint = u.getSuggestions().isEmpty() ? "" : "; bedoelde u " + String.join(" of ", u.getSuggestions()) + "?";
                return (wat.startsWith("-") ? "onbekende optie '" : "onbekend argument '") + wat + "'" + hint;
            }
            if (ex instanceof CommandLine.MissingParameterException m) {
                return "ontbrekend: " + String.join(", ", m.getMissing().stream().map(a -> a.paramLabel()).toList());
            }
            if (ex instanceof CommandLine.OverwrittenOptionException) {
                return "een optie is twee keer gegeven";
            }
            if (ex instanceof CommandLine.MissingTypeConverterException) {
                return "ongeldige waarde: " + ex.getMessage();
            }
            return "ongeldige aanroep: " + ex.getMessage();
        }
    }

    static final class Uitvoering implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
            return meld(ex, cmd.getErr());
        }

        /** Ook voor de snelle weg in {@link Main}, zonder picocli. */
        static int meld(Exception ex, PrintWriter err) {
            String gebruiker = schijffout(ex);
            if (gebruiker != null) {
                // Een map zonder schrijfrechten, een vol of alleen-lezen bestandssysteem: geen fout in het programma.
                err.println("verordening: " + gebruiker);
                return ExitCode.ONBRUIKBAAR;
            }
            err.println("verordening: interne fout: " + ex);
            err.println("Dit is een fout in het programma, niet in uw bron. Meld het met de opdracht die u gaf;"
                    + " zet VERORDENING_DEBUG=1 voor details.");
            if (System.getenv("VERORDENING_DEBUG") != null) ex.printStackTrace(err);
            return ExitCode.INTERN;
        }

        /** Een Nederlandse melding voor een fout van het bestandssysteem, of null als het iets anders is. */
        static String schijffout(Exception ex) {
            if (!(ex instanceof java.nio.file.FileSystemException f)) return null;
            String pad = f.getFile() == null ? "" : " " + f.getFile();
            String reden = String.valueOf(f.getReason());
            if (ex instanceof java.nio.file.AccessDeniedException) {
                return "geen rechten voor" + pad + "; kies een map waarin u mag schrijven (of geef uzelf rechten). Er is niets veranderd.";
            }
            if (reden.contains("Read-only")) return pad.strip() + " staat op een alleen-lezen schijf; kies een andere map. Er is niets veranderd.";
            if (reden.contains("No space")) return "de schijf is vol bij" + pad + "; maak ruimte of kies een andere map. Er is niets veranderd.";
            if (ex instanceof java.nio.file.NoSuchFileException) return pad.strip() + " bestaat niet.";
            if (ex instanceof java.nio.file.NotDirectoryException) return pad.strip() + " is geen map.";
            if (ex instanceof java.nio.file.FileSystemLoopException || reden.contains("symbolic links")) {
                return "de symbolische koppelingen bij" + pad + " wijzen in een kring naar elkaar.";
            }
            return "het besturingssysteem weigert het lezen of schrijven van" + pad + "; controleer de map en de rechten. Er is niets veranderd.";
        }
    }
}
