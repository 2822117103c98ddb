package nl.verordening.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Voert het commando in-process uit en vangt exitcode, stdout en stderr. */
record Cli(int code, String out, String err) {

    static Cli voerUit(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Cli(code, out.toString(), err.toString());
    }
}
