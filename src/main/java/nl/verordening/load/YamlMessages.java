package nl.verordening.load;

import java.util.regex.Pattern;

/**
 * Vertaalt de meldingen van de YAML-parser naar Nederlands met een hint voor de schrijver, en kiest
 * de plek: soms is dat waar de parser vastliep, soms waar het begon (een aanhalingsteken of '['
 * dat niet gesloten wordt). Nooit de Engelse tekst van de parser: die zegt een schrijver niets.
 */
final class YamlMessages {

    /** Een Nederlandse melding; {@code bijContext}: meld op de plek waar het misgaan begon. */
    record Melding(String tekst, boolean bijContext) {}

    private static final Pattern SLEUTEL_OP_REGEL = Pattern.compile("\\s*(-\\s+)?[A-Za-z0-9_-]+\\s*");
    private static final Pattern PLAATSHOUDER_BEGIN = Pattern.compile("\\s*(-\\s+|[A-Za-z0-9_-]+:\\s+)*(\\{\\{|\\[\\[).*");

    private YamlMessages() {}

    static Melding dutch(String problem, String context, String probleemRegel, String contextRegel, String voorProbleem) {
        String p = problem == null ? "" : problem;
        String c = context == null ? "" : context;
        if (PLAATSHOUDER_BEGIN.matcher(contextRegel).matches() || PLAATSHOUDER_BEGIN.matcher(probleemRegel).matches()) {
            boolean ctx = PLAATSHOUDER_BEGIN.matcher(contextRegel).matches();
            return new Melding(YamlReader.PLAATSHOUDER, ctx);
        }
        if (p.contains("\\t") || p.contains("tab character") || p.contains("TAB")) {
            return new Melding(y("tab gevonden; gebruik spaties om in te springen (stel uw editor in op spaties)"), false);
        }
        if (p.contains("found unexpected end of stream") && c.contains("quoted scalar")) {
            return new Melding(y("het aanhalingsteken hier wordt nergens gesloten; sluit de tekst af met hetzelfde teken"
                    + " (' of \"), en schrijf een ' binnen '...' als ''"), true);
        }
        if (p.contains("found unexpected end of stream")) {
            return new Melding(y("het bestand eindigt midden in een waarde; is een aanhalingsteken of haakje niet gesloten?"), true);
        }
        if (c.contains("flow sequence")) {
            return new Melding(y("de lijst die hier met '[' begint, is niet goed gesloten met ']' (of mist een komma);"
                    + " staat er tekst die met '[' begint? zet die dan tussen aanhalingstekens"), true);
        }
        if (c.contains("flow mapping")) {
            return new Melding(y("het blok dat hier met '{' begint, is niet goed gesloten met '}' (of mist een komma);"
                    + " staat er tekst die met '{' begint? zet die dan tussen aanhalingstekens"), true);
        }
        if (p.contains("escape")) {
            return new Melding(y("ongeldige escape met '\\' in tekst tussen dubbele aanhalingstekens; gebruik enkele"
                    + " aanhalingstekens, of schrijf '\\\\' voor een backslash en '\\u00e9' met vier hexadecimale cijfers"), false);
        }
        if (c.contains("anchor") || c.contains("alias")) {
            return new Melding(y("'&' of '*' aan het begin van een waarde is voor YAML een anker of alias, geen tekst;"
                    + " zet de hele waarde tussen aanhalingstekens"), true);
        }
        if (c.contains("tag") || p.contains("tag")) {
            return new Melding(y("'!' aan het begin van een waarde is voor YAML een tag, geen tekst; zet de hele waarde"
                    + " tussen aanhalingstekens"), c.contains("tag"));
        }
        if (c.contains("directive")) {
            return new Melding(y("'%' aan het begin van een regel is voor YAML een aanwijzing, geen tekst; zet de waarde"
                    + " tussen aanhalingstekens"), true);
        }
        if (c.contains("block scalar")) {
            return new Melding(y("na '|' of '>' begint een tekstblok op de volgende regel; zet tekst die met '|' of '>'"
                    + " begint tussen aanhalingstekens"), false);
        }
        if (p.contains("cannot start any token")) {
            char teken = p.length() > 17 ? p.charAt(17) : '?';
            return new Melding(y("een waarde mag niet met '" + teken + "' beginnen; zet de hele waarde tussen aanhalingstekens"), false);
        }
        if (p.contains("mapping values are not allowed")) {
            if (SLEUTEL_OP_REGEL.matcher(voorProbleem).matches()) {
                return new Melding(y("inspringing klopt niet: deze sleutel staat verder (of minder ver) ingesprongen dan de"
                        + " sleutels erboven; zet hem op gelijke hoogte"), false);
            }
            return new Melding(y("een dubbele punt met spatie (': ') mag hier niet in tekst; zet de tekst tussen enkele"
                    + " aanhalingstekens"), false);
        }
        if (p.contains("could not find expected ':'")) {
            return new Melding(y("verwacht een sleutel met ':'; controleer inspringing en aanhalingstekens (een tekst over"
                    + " meer regels kan hier een sleutel lijken)"), true);
        }
        if (p.contains("did not find expected '-' indicator") || (c.contains("block sequence"))) {
            return new Melding(y("verwacht hier een lijstitem met '- '; controleer de inspringing"), false);
        }
        if (p.contains("did not find expected key") || p.contains("block end") || c.contains("block mapping")) {
            return new Melding(y("inspringing klopt niet: dit staat verder of minder ver ingesprongen dan verwacht"), false);
        }
        if (p.contains("block sequence entries are not allowed")) {
            return new Melding(y("een lijstitem ('- ') mag hier niet; controleer de inspringing"), false);
        }
        if (p.contains("document start") || p.contains("document end")) {
            return new Melding(y("na het einde van het document staat nog iets; verwijder de extra '---' of '...'"), false);
        }
        if (p.contains("node content")) {
            return new Melding(y("verwacht hier een waarde; zet tekst met bijzondere tekens aan het begin tussen aanhalingstekens"), false);
        }
        return new Melding(y("controleer inspringing, dubbele punten en aanhalingstekens; tekst met bijzondere tekens"
                + " (: # & ! * % | > @ ` [ { ) zet u tussen aanhalingstekens"), false);
    }

    private static String y(String s) {
        return "ongeldige YAML: " + s;
    }
}
