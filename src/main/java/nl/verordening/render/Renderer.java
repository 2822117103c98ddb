package nl.verordening.render;

import java.io.IOException;
import nl.verordening.model.Verordening;

/** Eén uitvoer van de compiler (kale tekst, STOP, publieksversie, ...). Hangt alleen van het model af. */
public interface Renderer {

    /** Korte naam, ook de submap in de uitvoer ("kale-tekst"). */
    String name();

    void render(Verordening verordening, Output output) throws IOException;
}
