package nl.verordening.cli;

import picocli.CommandLine;

/** Versie uit het manifest van de jar. */
final class Versie implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Versie.class.getPackage().getImplementationVersion();
        return new String[] {"verordening " + (v == null ? "(ontwikkelversie)" : v)};
    }
}
