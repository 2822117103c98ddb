package nl.verordening.cli;

/** Exitcodes van alle opdrachten. */
final class ExitCode {
    /** Alles in orde. */
    static final int OK = 0;
    /** Bevindingen met ernst fout. */
    static final int BEVINDINGEN = 1;
    /** Onbruikbare invoer: kapotte bron, onbekende optie, bestaande map zonder --force. */
    static final int ONBRUIKBAAR = 2;
    /** Een fout in het programma zelf. */
    static final int INTERN = 3;

    private ExitCode() {}
}
