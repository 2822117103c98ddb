/**
 * Beslistabellen uitvoeren en verifiëren, zonder DMN-engine: {@link nl.verordening.beslis.Evaluator}
 * compileert de FEEL-toetsen één keer tot predicaten, {@link nl.verordening.beslis.Beslisser} is de
 * Java-API voor wie de verordening inbedt, {@link nl.verordening.beslis.Verificatie} zoekt gaten,
 * overlappen en schaduwregels met een exacte partitie van elke invoer. Hangt alleen van het model af.
 */
package nl.verordening.beslis;
