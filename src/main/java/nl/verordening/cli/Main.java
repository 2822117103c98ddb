package nl.verordening.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Ingang van het {@code verordening}-commando. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Voert het commando uit en geeft de exitcode; voor tests zonder {@code System.exit}. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        Integer snel = snelleCheck(args, out, err);
        if (snel != null) return snel;
        CommandLine cmd = new CommandLine(new VerordeningCommand());
        String eerste = args.length > 0 ? args[0] : "";
        if (VerordeningCommand.OPDRACHTEN.containsKey(eerste)) {
            cmd.addSubcommand(eerste, VerordeningCommand.OPDRACHTEN.get(eerste).get());
        } else {
            VerordeningCommand.OPDRACHTEN.forEach((naam, maak) -> cmd.addSubcommand(naam, maak.get()));
        }
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setParameterExceptionHandler(new Fouten.Parameters());
        cmd.setExecutionExceptionHandler(new Fouten.Uitvoering());
        return cmd.execute(args);
    }

    /**
     * De meest gebruikte aanroep, {@code check} of {@code check MAP} zonder opties, zonder picocli:
     * picocli's model opbouwen (reflectie over de annotaties) kost bij een koude start ruim 100 ms,
     * meer dan een vijfde van de hele {@code check}. Alles met een optie, {@code --help} of een
     * tikfout gaat via picocli. Null: niet deze aanroep.
     */
    static Integer snelleCheck(String[] args, PrintWriter out, PrintWriter err) {
        if (args.length < 1 || args.length > 2 || !args[0].equals("check")) return null;
        if (args.length == 2 && (args[1].isEmpty() || args[1].startsWith("-") || args[1].startsWith("@"))) return null;
        java.nio.file.Path dir;
        try {
            dir = java.nio.file.Path.of(args.length == 2 ? args[1] : CheckCommand.STANDAARDMAP);
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
        try {
            return CheckCommand.controleer(dir, false, CheckCommand.Formaat.tekst, out, err);
        } catch (RuntimeException e) {
            return Fouten.Uitvoering.meld(e, err);
        }
    }
}
