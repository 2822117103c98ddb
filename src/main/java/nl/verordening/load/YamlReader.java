package nl.verordening.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.verordening.model.SourcePosition;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Leest één YAML-document naar een {@link Node}-boom met posities, rechtstreeks uit de gebeurtenissen
 * van SnakeYAML. Zo ziet de lezer wat een bron niet mag bevatten en wat anders stil tekst kost:
 * ankers ({@code &}), aliassen ({@code *}) en tags ({@code !}), een onbedoeld commentaar
 * ({@code tekst #2}), stuurtekens en tekens die de leesrichting omkeren, te diepe nesting en te grote
 * bestanden. Posities zijn regel en kolom in UTF-16-tekens, zoals een editor (VS Code) ze toont.
 */
final class YamlReader {

    /** Hoogstens zoveel niveaus blokken en lijsten in elkaar. */
    static final int MAX_DIEPTE = 64;
    /** Hoogstens zoveel tekens in één bestand. */
    static final int MAX_TEKENS = 4_000_000;

    static final String PLAATSHOUDER = "ongeldige YAML: een waarde die met '{{' of '[[' begint, leest YAML als lijst of blok,"
            + " niet als tekst; zet de hele tekst tussen enkele aanhalingstekens: '{{parameter}} ...'";

    private final String file;
    private final Diagnostics diag;
    private int plaatshouderRegel = -1;
    private String text;
    private int[] regelbegin;
    /** Per codepunt-index de tekenindex, alleen als de tekst tekens buiten het BMP heeft (emoji). */
    private int[] cpNaarTeken;
    private boolean fout;

    YamlReader(String file, Diagnostics diag) {
        this.file = file;
        this.diag = diag;
    }

    /** De wortelknoop, of null als het bestand geen bruikbare YAML is (de fout is dan gemeld). */
    Node read(String text) {
        this.text = text;
        this.regelbegin = Posities.regelbeginnen(text);
        if (text.length() > MAX_TEKENS) {
            diag.error(LaadFout.BESTAND_TE_GROOT, new SourcePosition(file, 1, 1), "het bestand is te groot (" + text.length()
                    + " tekens; hoogstens " + MAX_TEKENS + "); verdeel de tekst over meer hoofdstuk- of bijlagebestanden");
            return null;
        }
        if (!Tekens.controleer(text, 0, text.length(), this::positie, diag)) return null;
        if (text.codePointCount(0, text.length()) != text.length()) {
            int n = text.codePointCount(0, text.length());
            cpNaarTeken = new int[n + 1];
            int t = 0;
            for (int c = 0; c < n; c++) {
                cpNaarTeken[c] = t;
                t += Character.charCount(text.codePointAt(t));
            }
            cpNaarTeken[n] = t;
        }
        LoaderOptions opties = new LoaderOptions();
        opties.setCodePointLimit(MAX_TEKENS + 1);
        opties.setAllowDuplicateKeys(true);
        Parser p = new ParserImpl(new StreamReader(text), opties);
        try {
            p.getEvent(); // StreamStart
            if (p.checkEvent(Event.ID.StreamEnd)) {
                diag.error(LaadFout.BESTAND_LEEG, new SourcePosition(file, 1, 1), "het bestand is leeg");
                return null;
            }
            p.getEvent(); // DocumentStart
            Node root = node(p, p.getEvent(), 1);
            p.getEvent(); // DocumentEnd
            if (p.checkEvent(Event.ID.DocumentStart)) {
                diag.error(LaadFout.YAML_SYNTAXIS, pos(p.peekEvent().getStartMark()),
                        "meer dan één YAML-document in dit bestand; verwijder de extra '---'");
                return null;
            }
            if (fout) return null;
            if (root instanceof Node.Scalar s && s.text() == null) {
                diag.error(LaadFout.BESTAND_LEEG, new SourcePosition(file, 1, 1), "het bestand is leeg");
                return null;
            }
            return root;
        } catch (TeDiep e) {
            return null;
        } catch (MarkedYAMLException e) {
            syntaxfout(e);
            return null;
        } catch (YAMLException e) {
            // Zonder plek (komt na de controles hierboven niet voor): toch een Nederlandse melding.
            diag.error(LaadFout.YAML_SYNTAXIS, new SourcePosition(file, 1, 1), "ongeldige YAML; controleer inspringing,"
                    + " dubbele punten en aanhalingstekens");
            return null;
        }
    }

    private Node node(Parser p, Event e, int diepte) {
        SourcePosition pos = pos(e.getStartMark());
        if (diepte > MAX_DIEPTE) {
            diag.error(LaadFout.TE_DIEP, pos, "de blokken en lijsten zijn hier meer dan " + MAX_DIEPTE
                    + " niveaus diep in elkaar genest; zo diep gaat geen verordening: controleer de inspringing");
            throw new TeDiep();
        }
        if (e instanceof AliasEvent a) {
            fout = true;
            diag.error(LaadFout.YAML_ANKER, pos, "'*" + a.getAnchor() + "' aan het begin van een waarde is voor YAML een alias"
                    + " (een verwijzing naar een anker), geen tekst; bedoelde u tekst? zet dan de hele waarde tussen"
                    + " aanhalingstekens: '*" + a.getAnchor() + " ...'");
            return new Node.Scalar(null, pos, offset(e.getStartMark()), offset(e.getEndMark()), false);
        }
        if (e instanceof NodeEvent ne) ankerOfTag(ne, pos, e.getStartMark());
        if (e instanceof MappingStartEvent) {
            Map<String, Node.Entry> entries = new LinkedHashMap<>();
            while (!p.checkEvent(Event.ID.MappingEnd)) {
                Event k = p.getEvent();
                SourcePosition keyPos = pos(k.getStartMark());
                String key = null;
                if (k instanceof ScalarEvent ks && ks.getAnchor() == null && ks.getTag() == null && !complexeSleutel(k)) {
                    key = ks.getValue();
                    if (Tekens.controleer(key, diag, keyPos)) key = key.strip();
                    else fout = true;
                } else {
                    fout = true;
                    int o = offset(k.getStartMark());
                    if (o > 0 && (text.startsWith("{{", o - 1) || text.startsWith("[[", o - 1))) {
                        plaatshouderRegel = positie(o - 1).line();
                        diag.error(LaadFout.YAML_SYNTAXIS, positie(o - 1), PLAATSHOUDER);
                    } else {
                        int q = o - 1;
                        while (q >= 0 && text.charAt(q) == ' ') q--;
                        if (q >= 0 && text.charAt(q) == '?') keyPos = positie(q);
                        diag.error(LaadFout.YAML_SYNTAXIS, keyPos, "een sleutel moet een eenvoudige naam zijn, zoals 'titel:'"
                                + " (geen '? ', lijst, blok, anker of tag als sleutel); staat er tekst? zet die tussen aanhalingstekens");
                    }
                    overslaan(p, k);
                }
                Node value = node(p, p.getEvent(), diepte + 1);
                if (key == null) continue;
                if (entries.containsKey(key)) {
                    diag.error(LaadFout.SLEUTEL_DUBBEL, keyPos, "sleutel '" + key + "' staat twee keer in dit blok (eerder op regel "
                            + entries.get(key).keyPos().line() + ")");
                } else {
                    entries.put(key, new Node.Entry(key, keyPos, value));
                }
            }
            p.getEvent();
            return new Node.Mapping(entries, pos);
        }
        if (e instanceof SequenceStartEvent) {
            List<Node> items = new ArrayList<>();
            while (!p.checkEvent(Event.ID.SequenceEnd)) items.add(node(p, p.getEvent(), diepte + 1));
            p.getEvent();
            return new Node.Sequence(items, pos);
        }
        ScalarEvent s = (ScalarEvent) e;
        boolean plain = s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
        String v = s.getValue();
        int start = offset(s.getStartMark());
        if (plain && (v.isEmpty() || v.equals("~") || v.equals("null") || v.equals("Null") || v.equals("NULL"))) {
            return new Node.Scalar(null, pos, start, offset(s.getEndMark()), true);
        }
        if (!plain && !Tekens.controleer(v, diag, escapePositie(s, v))) fout = true;
        if (plain) commentaarNa(s, v);
        return new Node.Scalar(v, pos, start, offset(s.getEndMark()), plain);
    }

    /** Meldt een anker of tag; de waarde zelf wordt nog gelezen, zodat ook latere fouten gemeld worden. */
    private void ankerOfTag(NodeEvent e, SourcePosition pos, Mark m) {
        String tag = e instanceof ScalarEvent s ? s.getTag() : e instanceof MappingStartEvent ms ? ms.getTag()
                : e instanceof SequenceStartEvent ss ? ss.getTag() : null;
        if (e.getAnchor() == null && tag == null) return;
        fout = true;
        String woord = woordOp(offset(m));
        if (e.getAnchor() != null) {
            diag.error(LaadFout.YAML_ANKER, pos, "'" + woord + "' aan het begin van een waarde is voor YAML een anker, geen tekst:"
                    + " het woord valt weg; bedoelde u tekst? zet dan de hele waarde tussen aanhalingstekens: '" + woord + " ...'");
        } else {
            diag.error(LaadFout.YAML_ANKER, pos, "'" + woord + "' aan het begin van een waarde is voor YAML een tag, geen tekst:"
                    + " het woord valt weg; bedoelde u tekst? zet dan de hele waarde tussen aanhalingstekens: '" + woord + " ...'");
        }
    }

    /**
     * Een platte waarde met ' #' erachter op dezelfde regel: YAML leest de rest als commentaar en de
     * tekst is kwijt. Twee spaties voor de '#' is de gewone schrijfwijze van een bedoeld commentaar.
     */
    private void commentaarNa(ScalarEvent s, String v) {
        int eind = offset(s.getEndMark());
        if (eind + 1 >= text.length() || text.charAt(eind) != ' ' || text.charAt(eind + 1) != '#') return;
        if (v.chars().noneMatch(Character::isLetter)) return;
        SourcePosition p = positie(eind + 1);
        diag.warn(LaadFout.COMMENTAAR_IN_TEKST, p, "na ' #' is de rest van deze regel voor YAML commentaar: de tekst stopt bij '"
                + kort(v) + "'; bedoelde u tekst? zet dan aanhalingstekens om de hele waarde (een bedoeld commentaar"
                + " schrijft u met twee spaties voor de '#')");
    }

    private static String kort(String v) {
        String t = v.strip();
        return t.length() <= 40 ? t : "..." + t.substring(t.length() - 37);
    }

    /** Waar een teken dat uit een escape ({@code \u202E}) komt in de bron staat: bij het begin van de waarde. */
    private SourcePosition escapePositie(ScalarEvent s, String v) {
        int van = offset(s.getStartMark());
        int tot = Math.min(text.length(), offset(s.getEndMark()));
        for (int i = van; i + 1 < tot; i++) {
            if (text.charAt(i) != '\\') continue;
            char k = text.charAt(i + 1);
            int lengte = k == 'x' ? 2 : k == 'u' ? 4 : k == 'U' ? 8 : 0;
            int c;
            if (lengte > 0) {
                try {
                    c = Integer.parseInt(text.substring(i + 2, Math.min(tot, i + 2 + lengte)), 16);
                } catch (NumberFormatException e) {
                    c = -1;
                }
            } else {
                c = switch (k) {
                    case '0' -> 0; case 'a' -> 7; case 'b' -> 8; case 'v' -> 0x0B; case 'f' -> 0x0C; case 'e' -> 0x1B;
                    case 'N' -> 0x85; default -> -1;
                };
            }
            if (c >= 0 && Tekens.verboden(c)) return positie(i);
            i++;
        }
        return pos(s.getStartMark());
    }

    private boolean complexeSleutel(Event k) {
        int o = offset(k.getStartMark());
        return o < text.length() && text.charAt(o) == '?' && o + 1 < text.length() && Character.isWhitespace(text.charAt(o + 1));
    }

    /** Slaat een knoop (met alles erin) over. */
    private static void overslaan(Parser p, Event e) {
        if (!(e instanceof MappingStartEvent || e instanceof SequenceStartEvent)) return;
        int diepte = 1;
        while (diepte > 0) {
            Event x = p.getEvent();
            if (x instanceof MappingStartEvent || x instanceof SequenceStartEvent) diepte++;
            else if (x.is(Event.ID.MappingEnd) || x.is(Event.ID.SequenceEnd)) diepte--;
        }
    }

    private String woordOp(int o) {
        int e = o;
        while (e < text.length() && !Character.isWhitespace(text.charAt(e)) && e - o < 40) e++;
        return text.substring(Math.min(o, text.length()), e);
    }

    private void syntaxfout(MarkedYAMLException e) {
        YamlMessages.Melding m = YamlMessages.dutch(e.getProblem(), e.getContext(), regelVan(e.getProblemMark()),
                regelVan(e.getContextMark()), voor(e.getProblemMark()));
        Mark mark = m.bijContext() && e.getContextMark() != null ? e.getContextMark() : e.getProblemMark();
        if (mark == null) {
            diag.error(LaadFout.YAML_SYNTAXIS, new SourcePosition(file, 1, 1), m.tekst());
            return;
        }
        int o = offset(mark);
        SourcePosition pos = positie(o);
        if (pos.line() == plaatshouderRegel) return; // al gemeld, met de oorzaak
        if (m.tekst().equals(PLAATSHOUDER)) {
            // Meld bij de '{{' of '[[' zelf: daar moet het aanhalingsteken komen.
            String regel = regelVan(mark);
            int i = Math.max(regel.indexOf("{{"), -1);
            int j = regel.indexOf("[[");
            int k = i < 0 ? j : j < 0 ? i : Math.min(i, j);
            if (k >= 0) pos = positie(regelbegin[pos.line() - 1] + k);
        } else if (m.tekst().contains("escape") && o > 0 && text.charAt(o - 1) == '\\') {
            pos = positie(o - 1);
        }
        diag.error(LaadFout.YAML_SYNTAXIS, pos, m.tekst());
    }

    private String regelVan(Mark m) {
        if (m == null) return "";
        int o = offset(m);
        SourcePosition p = positie(o);
        int begin = regelbegin[p.line() - 1];
        int eind = text.indexOf('\n', begin);
        return text.substring(begin, eind < 0 ? text.length() : eind);
    }

    /** De tekst op de regel van {@code m} vóór {@code m}. */
    private String voor(Mark m) {
        if (m == null) return "";
        int o = offset(m);
        SourcePosition p = positie(o);
        return text.substring(regelbegin[p.line() - 1], o);
    }

    private int offset(Mark m) {
        int i = Math.max(0, m.getIndex());
        if (cpNaarTeken != null) return cpNaarTeken[Math.min(i, cpNaarTeken.length - 1)];
        return Math.min(i, text.length());
    }

    private SourcePosition pos(Mark m) {
        return positie(offset(m));
    }

    private SourcePosition positie(int offset) {
        return Posities.positie(file, regelbegin, offset);
    }

    /** Stopt het lezen bij te diepe nesting (de melding is dan gedaan). */
    private static final class TeDiep extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TeDiep() {
            super(null, null, false, false);
        }
    }
}
