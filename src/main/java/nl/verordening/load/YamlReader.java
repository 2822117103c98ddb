package nl.verordening.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.verordening.model.SourcePosition;

/** Leest één YAML-document naar een {@link Node}-boom met posities. */
final class YamlReader {

    private static final YAMLFactory FACTORY = new YAMLFactory();

    private final String file;
    private final Diagnostics diag;

    YamlReader(String file, Diagnostics diag) {
        this.file = file;
        this.diag = diag;
    }

    /** De wortelknoop, of null als het bestand geen geldige YAML is (de fout is dan gemeld). */
    Node read(String text) {
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                diag.error(LaadFout.BESTAND_LEEG, new SourcePosition(file, 1, 1), "het bestand is leeg");
                return null;
            }
            Node root = node(p, t);
            if (p.nextToken() != null) {
                diag.error(LaadFout.YAML_SYNTAXIS, pos(p.currentTokenLocation()),
                        "meer dan één YAML-document in dit bestand; verwijder de extra '---'");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            SourcePosition pos = l == null ? new SourcePosition(file, 1, 1)
                    : new SourcePosition(file, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
            diag.error(LaadFout.YAML_SYNTAXIS, pos, YamlMessages.dutch(e.getOriginalMessage()));
            return null;
        } catch (IOException e) {
            diag.error(LaadFout.BESTAND_ONLEESBAAR, new SourcePosition(file, 0, 0), "kan het bestand niet lezen: " + e.getMessage());
            return null;
        }
    }

    private Node node(JsonParser p, JsonToken t) throws IOException {
        SourcePosition pos = pos(p.currentTokenLocation());
        switch (t) {
            case START_OBJECT: {
                Map<String, Node.Entry> entries = new LinkedHashMap<>();
                JsonToken k;
                while ((k = p.nextToken()) != JsonToken.END_OBJECT) {
                    String key = p.getText();
                    SourcePosition keyPos = pos(p.currentTokenLocation());
                    Node value = node(p, p.nextToken());
                    if (entries.containsKey(key)) {
                        diag.error(LaadFout.SLEUTEL_DUBBEL, keyPos, "sleutel '" + key + "' staat twee keer in dit blok (eerder op regel "
                                + entries.get(key).keyPos().line() + ")");
                    } else {
                        entries.put(key, new Node.Entry(key, keyPos, value));
                    }
                }
                return new Node.Mapping(entries, pos);
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                JsonToken i;
                while ((i = p.nextToken()) != JsonToken.END_ARRAY) {
                    items.add(node(p, i));
                }
                return new Node.Sequence(items, pos);
            }
            case VALUE_NULL:
                return new Node.Scalar(null, pos, p.currentTokenLocation().getCharOffset());
            default:
                // Ook getallen, datums en ja/nee: de tekst zoals geschreven ("3.10" blijft "3.10").
                return new Node.Scalar(p.getText(), pos, p.currentTokenLocation().getCharOffset());
        }
    }

    private SourcePosition pos(JsonLocation l) {
        return new SourcePosition(file, l.getLineNr(), l.getColumnNr());
    }
}
