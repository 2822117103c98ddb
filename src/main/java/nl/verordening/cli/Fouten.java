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
            err.println("verordening: interne fout: " + ex);
            err.println("Dit is een fout in het programma, niet in uw bron. Meld het met de opdracht die u gaf;"
                    + " zet VERORDENING_DEBUG=1 voor details.");
            if (System.getenv("VERORDENING_DEBUG") != null) ex.printStackTrace(err);
            return ExitCode.INTERN;
        }
    }
}
