package nl.verordening.model;

/** Plaats in de bron: bestand (relatief aan de bronmap), regel en kolom (beide vanaf 1). */
public record SourcePosition(String file, int line, int column) implements Comparable<SourcePosition> {

    /** Voor elementen die niet uit een bronbestand komen (bijv. gemaakt door een importeur). */
    public static final SourcePosition NONE = new SourcePosition("", 0, 0);

    public boolean known() {
        return line > 0;
    }

    @Override
    public int compareTo(SourcePosition o) {
        int c = file.compareTo(o.file);
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }

    /** {@code bestand:regel:kolom}, het formaat van compilers en editors. */
    @Override
    public String toString() {
        return known() ? file + ":" + line + ":" + column : file;
    }
}
