package nl.verordening.model;

/**
 * Plaats in de bron: bestand (relatief aan de bronmap), regel en kolom (beide vanaf 1; de kolom
 * telt tekens zoals een editor, geen bytes).
 *
 * <p><b>Gelijkheid.</b> Een positie zegt wáár iets staat, niet wát er staat. Daarom is elke positie
 * gelijk aan elke andere ({@link #equals} is altijd waar voor twee posities, {@link #hashCode} is
 * vast). Zo houden alle modelrecords hun positie buiten hun gelijkheid: twee keer dezelfde tekst
 * geladen, anders opgemaakt of uit een andere versie, geeft {@code equals} modellen. Wie plekken
 * wil vergelijken gebruikt {@link #zelfdePlek} of {@link #compareTo}.
 */
public final class SourcePosition implements Comparable<SourcePosition> {

    /** Voor elementen die niet uit een bronbestand komen (bijv. gemaakt door een importeur). */
    public static final SourcePosition NONE = new SourcePosition("", 0, 0);

    private final String file;
    private final int line;
    private final int column;

    public SourcePosition(String file, int line, int column) {
        this.file = file == null ? "" : file;
        this.line = line;
        this.column = column;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public boolean known() {
        return line > 0;
    }

    /** Of twee posities naar dezelfde plek wijzen (bestand, regel en kolom). */
    public boolean zelfdePlek(SourcePosition o) {
        return o != null && file.equals(o.file) && line == o.line && column == o.column;
    }

    @Override
    public int compareTo(SourcePosition o) {
        int c = file.compareTo(o.file);
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }

    /** Altijd waar voor een andere positie: zie de klassebeschrijving. */
    @Override
    public boolean equals(Object o) {
        return o instanceof SourcePosition;
    }

    @Override
    public int hashCode() {
        return 0;
    }

    /** {@code bestand:regel:kolom}, het formaat van compilers en editors. */
    @Override
    public String toString() {
        return known() ? file + ":" + line + ":" + column : file;
    }
}
