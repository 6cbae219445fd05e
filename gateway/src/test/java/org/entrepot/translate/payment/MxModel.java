package org.entrepot.translate.payment;

import com.prowidesoftware.swift.model.mx.AbstractMX;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * An ISO 20022 message read into Prowide's model (pw-iso20022) and walked by element names, the
 * way the XML reads: {@code "GrpHdr/InitgPty/Nm"}. The model's getters are named after the
 * elements in every version, so one path reads pain.001.001.03 and .09 alike, and a step may name
 * alternatives for elements a version renamed ({@code "BIC|BICFI"}). Independent of our templates:
 * the tests compare what the templates wrote with what the ISO model understood.
 */
final class MxModel {

    private final AbstractMX message;

    private MxModel(AbstractMX message) {
        this.message = message;
    }

    static MxModel parse(byte[] xml) {
        return new MxModel(parseRaw(xml));
    }

    static AbstractMX parseRaw(byte[] xml) {
        AbstractMX message = AbstractMX.parse(new String(xml, StandardCharsets.UTF_8));
        if (message == null) {
            throw new IllegalArgumentException("Prowide does not recognise the document as an ISO 20022 message");
        }
        return message;
    }

    /** The message's own class, e.g. MxPain00100109: proves which version the model read. */
    String modelName() {
        return message.getClass().getSimpleName();
    }

    /** The business document below the root (CstmrCdtTrfInitn, CstmrPmtStsRpt …). */
    Object document(String element) {
        return step(message, element);
    }

    /** The text of a path below {@code node}, or "" when any step is absent. Decimals keep their scale. */
    static String text(Object node, String path) {
        Object value = node;
        for (String step : path.split("/")) {
            if (value == null) {
                return "";
            }
            value = step(value, step);
            if (value instanceof List<?> members) {
                // a repeated element read as text is its first occurrence, as in XPath
                value = members.isEmpty() ? null : members.get(0);
            }
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Enum<?> code) {
            try {
                return String.valueOf(code.getClass().getMethod("value").invoke(code));
            } catch (ReflectiveOperationException e) {
                return code.name();
            }
        }
        return value == null ? "" : String.valueOf(value);
    }

    /** The members of a repeated element (PmtInf, CdtTrfTxInf …). */
    @SuppressWarnings("unchecked")
    static List<Object> list(Object node, String element) {
        Object value = step(node, element);
        return value == null ? List.of() : (List<Object>) value;
    }

    /** One step: a getter by element name, alternatives separated by '|', "[i]" picks a member of a repeated element. */
    private static Object step(Object node, String step) {
        int index = -1;
        String names = step;
        if (step.endsWith("]")) {
            index = Integer.parseInt(step.substring(step.indexOf('[') + 1, step.length() - 1));
            names = step.substring(0, step.indexOf('['));
        }
        for (String name : names.split("\\|")) {
            Method getter;
            try {
                getter = node.getClass().getMethod("get" + name);
            } catch (NoSuchMethodException e) {
                continue;
            }
            try {
                Object value = getter.invoke(node);
                if (index >= 0 && value instanceof List<?> members) {
                    return members.size() > index ? members.get(index) : null;
                }
                return value;
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException(node.getClass().getSimpleName() + " has no element " + step);
    }
}
