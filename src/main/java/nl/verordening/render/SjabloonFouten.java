package nl.verordening.render;

import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.velocity.exception.ExtendedParseException;
import org.apache.velocity.exception.MethodInvocationException;
import org.apache.velocity.exception.ParseErrorException;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.exception.VelocityException;

/**
 * Maakt van een Velocity-fout een {@link SjabloonFout} met Nederlands bericht en plek. Velocity
 * geeft de plek niet altijd als velden; dan staat ze als "at naam[line 2, column 4]" in de tekst.
 */
final class SjabloonFouten {

    /** Velocity's einde-van-invoer-teken in "Encountered ...". */
    private static final String EINDE = "\\u001c";
    private static final Pattern PLEK = Pattern.compile("\\s*at (\\S+?)\\[line (\\d+), column (\\d+)\\]\\s*", Pattern.DOTALL);
    private static final Pattern TEGENGEKOMEN = Pattern.compile("^Encountered \"(.*?)\" at ", Pattern.DOTALL);
    private static final Pattern NIET_GEZET = Pattern.compile("^Variable (\\$\\S+) has not been set");
    private static final Pattern GEEN_METHODE = Pattern.compile("^Object '(.+?)' does not contain method (\\S+?\\(.*?\\))");
    private static final Pattern GEEN_EIGENSCHAP = Pattern.compile("^Object '(.+?)' does not contain property '?(\\S+?)'?(\\s|$)");
    private static final Pattern OP_NULL = Pattern.compile("^Attempted to access '(.+?)' on a null value");

    private SjabloonFouten() {}

    /**
     * @param insluiting het laatste {@code #parse}/{@code #include} tijdens deze render, of null;
     *                   nodig omdat Velocity bij een ontbrekend ingesloten sjabloon geen plek geeft
     */
    static SjabloonFout vertaal(VelocityException e, String sjabloon, Templates templates,
            Collection<String> sleutels, Insluiting insluiting) {
        if (e instanceof ResourceNotFoundException) return nietGevonden(e, sjabloon, templates, insluiting);
        String naam = sjabloon;
        int regel = 0;
        int kolom = 0;
        if (e instanceof ExtendedParseException p && p.getTemplateName() != null) {
            naam = p.getTemplateName();
            regel = p.getLineNumber();
            kolom = p.getColumnNumber();
        } else if (e instanceof ParseErrorException p && p.getTemplateName() != null) {
            naam = p.getTemplateName();
            regel = p.getLineNumber();
            kolom = p.getColumnNumber();
        } else {
            Matcher m = PLEK.matcher(String.valueOf(e.getMessage()));
            if (m.find()) {
                naam = m.group(1);
                regel = Integer.parseInt(m.group(2));
                kolom = Integer.parseInt(m.group(3));
            }
        }
        String bericht = e instanceof ParseErrorException ? syntaxis(e) : uitvoering(e, sleutels);
        return new SjabloonFout(templates.weergave(naam), regel, kolom, bericht, e);
    }

    private static SjabloonFout nietGevonden(VelocityException e, String sjabloon, Templates templates, Insluiting i) {
        if (i == null) {
            return new SjabloonFout(templates.weergave(sjabloon), 0, 0,
                    "sjabloon '" + sjabloon + "' niet gevonden, niet in de eigen sjablonenmap en niet bij de standaardsjablonen", e);
        }
        int[] plek = i.plek(templates);
        return new SjabloonFout(templates.weergave(i.ouder()), plek[0], plek[1],
                "#" + i.directive() + ": sjabloon '" + i.naam() + "' niet gevonden, niet in de eigen sjablonenmap"
                        + " en niet bij de standaardsjablonen", e);
    }

    private static String syntaxis(VelocityException e) {
        String msg = String.valueOf(e.getMessage());
        Matcher m = TEGENGEKOMEN.matcher(msg);
        if (m.find()) {
            String teken = m.group(1);
            if (teken.equals(EINDE)) {
                return "syntaxisfout: onverwacht einde van het sjabloon; ontbreekt er een ')' of een #end?";
            }
            if (teken.startsWith("#end") || teken.startsWith("#{end}")) {
                return "syntaxisfout: onverwachte #end; staat er een #end te veel, of ontbreekt er een ')' voor?";
            }
            return "syntaxisfout: onverwacht '" + teken.replace(EINDE, "") + "'";
        }
        return "syntaxisfout (Velocity: " + zonderPlek(msg) + ")";
    }

    private static String uitvoering(VelocityException e, Collection<String> sleutels) {
        String msg = zonderPlek(String.valueOf(e.getMessage()));
        Matcher m;
        if ((m = NIET_GEZET.matcher(msg)).find()) {
            return "onbekende verwijzing " + m.group(1) + "; beschikbaar zijn "
                    + sleutels.stream().sorted().map(s -> "$" + s).collect(Collectors.joining(", "))
                    + " (gebruik $!naam of #if voor iets dat mag ontbreken)";
        }
        if ((m = GEEN_METHODE.matcher(msg)).find()) {
            return verboden(m.group(1)) ? "niet toegestaan in een sjabloon: " + kaal(m.group(2)) + " op " + klasse(m.group(1))
                    + "; een sjabloon mag alleen de gegevens van de verordening gebruiken"
                    : verwijzing(e) + "heeft geen methode " + m.group(2).replaceAll("\\b[a-z]+(\\.[a-z]+)*\\.(?=[A-Z])", "")
                    + " (" + klasse(m.group(1)) + ")";
        }
        if ((m = GEEN_EIGENSCHAP.matcher(msg)).find()) {
            return verboden(m.group(1)) ? "niet toegestaan in een sjabloon: " + kaal(m.group(2)) + " op " + klasse(m.group(1))
                    + "; een sjabloon mag alleen de gegevens van de verordening gebruiken"
                    : verwijzing(e) + "heeft geen eigenschap '" + m.group(2) + "' (" + klasse(m.group(1)) + ")";
        }
        if ((m = OP_NULL.matcher(msg)).find()) {
            return "'" + m.group(1) + "' opgevraagd van een lege waarde (null)";
        }
        if (e instanceof MethodInvocationException mi && e.getCause() != null) {
            Throwable c = e.getCause();
            // onze MethodExceptionEventHandler verpakt, Velocity verpakt nog eens
            while (c instanceof MethodInvocationException && c.getCause() != null) c = c.getCause();
            return "fout in " + verwijzingTekst(mi) + mi.getMethodName() + "(): " + c.getClass().getSimpleName()
                    + (c.getMessage() == null ? "" : ": " + c.getMessage());
        }
        return "fout bij het vullen van het sjabloon (Velocity: " + msg + ")";
    }

    /** Afgeschermd door de SecureUberspector: dan is "heeft geen methode" misleidend. */
    private static boolean verboden(String klasse) {
        return Templates.VERBODEN_KLASSEN.contains(klasse)
                || Templates.VERBODEN_PAKKETTEN.stream().anyMatch(p -> klasse.startsWith(p + "."));
    }

    private static String verwijzing(VelocityException e) {
        String r = e instanceof MethodInvocationException mi ? mi.getReferenceName() : null;
        return r == null || r.isBlank() ? "" : (r.startsWith("$") ? r : "$" + r) + " ";
    }

    private static String verwijzingTekst(MethodInvocationException mi) {
        String r = mi.getReferenceName();
        return r == null || r.isBlank() ? "" : (r.startsWith("$") ? r : "$" + r) + ".";
    }

    private static String zonderPlek(String msg) {
        return PLEK.matcher(msg).replaceAll(" ").trim();
    }

    /** Een {@code #parse("naam")} of {@code #include} in sjabloon {@code ouder}. */
    record Insluiting(String ouder, String naam, String directive) {

        /** Regel en kolom van de directive in de ouder als de naam er letterlijk staat; anders 0, 0. */
        int[] plek(Templates templates) {
            String bron;
            try {
                bron = templates.source(ouder);
            } catch (java.io.IOException | RuntimeException e) {
                return new int[] {0, 0};
            }
            Matcher m = Pattern.compile("#\\{?" + Pattern.quote(directive) + "\\}?\\s*\\(\\s*[\"']"
                    + Pattern.quote(naam) + "[\"']").matcher(bron);
            if (!m.find()) return new int[] {0, 0};
            List<String> voor = bron.substring(0, m.start()).lines().toList();
            boolean nieuweRegel = m.start() == 0 || bron.charAt(m.start() - 1) == '\n';
            int regel = nieuweRegel ? voor.size() + 1 : voor.size();
            int kolom = nieuweRegel ? 1 : voor.get(voor.size() - 1).length() + 1;
            return new int[] {regel, kolom};
        }
    }

    /** "forName(java.lang.String)" wordt "forName": de parametertypen zeggen een schrijver van sjablonen niets. */
    private static String kaal(String methode) {
        int haak = methode.indexOf('(');
        return haak < 0 ? methode : methode.substring(0, haak);
    }

    /** Alleen de korte naam van een klasse ("Class", "Artikel"), zonder pakket. */
    private static String klasse(String naam) {
        return "klasse " + naam.substring(naam.lastIndexOf('.') + 1);
    }
}
