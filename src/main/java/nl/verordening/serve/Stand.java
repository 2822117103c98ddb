package nl.verordening.serve;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import nl.verordening.model.Finding;
import nl.verordening.pijplijn.Resultaat;

/**
 * Wat de server nu toont: het laatste goede resultaat met zijn uitvoer, en de laadfouten als de
 * bron het laatst niet laadde (dan blijft het vorige voorbeeld staan, met de fouten erboven).
 *
 * @param versie     telt op bij elke bouw; de pagina herlaadt als hij verandert
 * @param resultaat  het laatste goede resultaat, of null als de bron nog nooit laadde
 * @param uitvoer    de uitvoer van dat resultaat, pad → bytes
 * @param laadfouten fouten van de laatste laadgang (leeg als die lukte)
 * @param fout       een fout bij het renderen, of null
 * @param millis     hoe lang de laatste laadgang en controle duurden
 * @param tijd       wanneer de laatste laadgang klaar was
 */
record Stand(long versie, Resultaat resultaat, Map<String, byte[]> uitvoer, List<Finding> laadfouten, String fout,
             double millis, long ontleed, LocalTime tijd) {

    static final Stand LEEG = new Stand(0, null, Map.of(), List.of(), null, 0, 0, LocalTime.MIN);
}
