package nl.verordening.testutil;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import nl.verordening.model.SourcePosition;

/** Een model als tekst zonder bronposities, om twee modellen inhoudelijk te vergelijken. */
public final class ZonderPosities {

    private ZonderPosities() {}

    public static String van(Object o) {
        StringBuilder sb = new StringBuilder();
        schrijf(o, sb);
        return sb.toString();
    }

    private static void schrijf(Object o, StringBuilder sb) {
        if (o == null) {
            sb.append("null");
        } else if (o instanceof Record r) {
            sb.append(r.getClass().getSimpleName()).append('{');
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                if (c.getType() == SourcePosition.class) continue;
                try {
                    sb.append(c.getName()).append('=');
                    schrijf(c.getAccessor().invoke(r), sb);
                    sb.append(';');
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            sb.append('}');
        } else if (o instanceof Collection<?> c) {
            sb.append('[');
            for (Object x : c) {
                schrijf(x, sb);
                sb.append(',');
            }
            sb.append(']');
        } else if (o instanceof Map<?, ?> m) {
            sb.append('{');
            m.forEach((k, v) -> {
                sb.append(k).append(':');
                schrijf(v, sb);
                sb.append(',');
            });
            sb.append('}');
        } else {
            sb.append('"').append(o).append('"');
        }
    }
}
