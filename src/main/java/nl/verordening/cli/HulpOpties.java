package nl.verordening.cli;

import picocli.CommandLine.Option;

/** --help en --version met Nederlandse omschrijving (picocli's standaard is Engels). */
final class HulpOpties {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Toon deze hulp.")
    boolean hulp;

    @Option(names = {"-V", "--version"}, versionHelp = true, description = "Toon de versie.")
    boolean versie;
}
