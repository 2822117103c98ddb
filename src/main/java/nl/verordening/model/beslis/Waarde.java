package nl.verordening.model.beslis;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Een waarde in een toets, een uitkomst of een voorbeeld: een letterlijke waarde of een parameter. */
public sealed interface Waarde {

    record Getal(BigDecimal getal) implements Waarde {
        @Override
        public boolean equals(Object o) {
            return o instanceof Getal g && g.getal.compareTo(getal) == 0;
        }

        @Override
        public int hashCode() {
            return getal.stripTrailingZeros().hashCode();
        }

        @Override
        public String toString() {
            return getal.toPlainString();
        }
    }

    record Tekst(String tekst) implements Waarde {
        @Override
        public String toString() {
            return "\"" + tekst + "\"";
        }
    }

    record Waarheid(boolean waar) implements Waarde {
        @Override
        public String toString() {
            return String.valueOf(waar);
        }
    }

    record Datum(LocalDate datum) implements Waarde {
        @Override
        public String toString() {
            return "date(\"" + datum + "\")";
        }
    }

    /** {@code {{id}}}: de waarde van parameter {@code id} op de peildatum. */
    record Parameter(String id) implements Waarde {
        @Override
        public String toString() {
            return "{{" + id + "}}";
        }
    }
}
