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
}
