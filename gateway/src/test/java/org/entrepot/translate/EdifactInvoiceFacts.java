package org.entrepot.translate;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entrepot.check.directory.MessageSchemas;
import org.entrepot.document.Rejection;
import org.entrepot.translate.edi.EdiMessageCursor;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The business values of an INVOIC, read segment by segment with the gateway's own reader and
 * named the way a person would check them ({@code seller.name}, {@code line.2.quantity}).
 * Independent of the mapping templates, so a round trip through them is checked against it.
 */
final class EdifactInvoiceFacts extends DefaultHandler {

    private final Map<String, String> facts = new LinkedHashMap<>();
    private final List<String> groups = new ArrayList<>();
    private String party = "";
    private String line = "";
    private int charges;
    private int lineCharges;
    private int taxRates;
    private String taxContext = "";
    private boolean summary;

    static Map<String, String> of(byte[] interchange, Charset charset, List<Rejection> problems) {
        EdifactInvoiceFacts handler = new EdifactInvoiceFacts();
        try (EdiMessageCursor cursor = new EdiMessageCursor(interchange, charset,
                Translator.transactionSchemas(new MessageSchemas()))) {
            EdiEvents.replayAll(cursor, handler);
            problems.addAll(cursor.problems());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return handler.facts;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes a) {
        if (qName.startsWith("SG")) {
            groups.add(qName);
            return;
        }
        switch (qName) {
            case "BGM" -> put("invoice.type", a, "e01_01", "e01");
            case "DTM" -> dtm(a);
            case "PAI" -> put("payment.means", a, "e01_03");
            case "FTX" -> facts.merge("note", join(a, "e04_01", "e04_02", "e04_03", "e04_04", "e04_05"), String::concat);
            case "RFF" -> rff(a);
            case "NAD" -> nad(a);
            case "FII" -> {
                put(party + ".account", a, "e02_01");
                put(party + ".accountName", a, "e02_02");
                put(party + ".bic", a, "e03_01");
            }
            case "CUX" -> put("currency", a, "e01_02");
            case "PAT" -> put("payment.days", a, "e03_04");
            case "ALC" -> alc(a);
            case "PCD" -> put(taxContext + ".percent", a, "e01_02");
            case "LIN" -> {
                line = "line." + a.getValue("e01");
                lineCharges = 0;
                taxContext = line;
                put(line + ".gtin", a, "e03_01");
            }
            case "PIA" -> pia(a);
            case "IMD" -> put(line + ".name", a, "e03_04");
            case "QTY" -> {
                put(line + ".quantity", a, "e01_02");
                put(line + ".unit", a, "e01_03");
            }
            case "PRI" -> put(line + ".price", a, "e01_02");
            case "TAX" -> tax(a);
            case "MOA" -> moa(a);
            case "UNS" -> {
                summary = true;
                taxContext = "summary";
            }
            case "CNT" -> put("lines", a, "e01_02");
            default -> { }
        }
        if ("BGM".equals(qName)) {
            put("invoice.number", a, "e02");
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (qName.startsWith("SG") && !groups.isEmpty()) {
            groups.remove(groups.size() - 1);
        }
    }

    private void dtm(Attributes a) {
        String qualifier = a.getValue("e01_01");
        String name = switch (qualifier) {
            case "137" -> "invoice.date";
            case "35" -> "delivery.date";
            case "171" -> "order.date";
            case "13" -> "payment.dueDate";
            default -> "date." + qualifier;
        };
        put(name, a, "e01_02");
    }

    private void rff(Attributes a) {
        String qualifier = a.getValue("e01_01");
        if ("ON".equals(qualifier)) {
            put("order.number", a, "e01_02");
        } else {
            put(party + ".reference." + qualifier, a, "e01_02");
        }
    }

    private void nad(Attributes a) {
        party = "party." + a.getValue("e01");
        put(party + ".id", a, "e02_01");
        put(party + ".agency", a, "e02_03");
        put(party + ".name", a, "e04_01");
        put(party + ".street", a, "e05_01");
        put(party + ".city", a, "e06");
        put(party + ".postcode", a, "e08");
        put(party + ".country", a, "e09");
    }

    private void alc(Attributes a) {
        taxContext = line.isEmpty() ? "charge." + (++charges) : line + ".charge." + (++lineCharges);
        put(taxContext + ".indicator", a, "e01");
        put(taxContext + ".reason", a, "e05_01");
    }

    private void pia(Attributes a) {
        for (String position : List.of("e02", "e03", "e04", "e05", "e06")) {
            String type = a.getValue(position + "_02");
            if (type != null) {
                put(line + ".item." + type, a, position + "_01");
            }
        }
    }

    private void tax(Attributes a) {
        String owner = summary ? "tax." + (++taxRates) : taxContext;
        put(owner + ".taxRate", a, "e05_04");
        put(owner + ".taxCategory", a, "e06");
        if (summary) {
            taxContext = owner;
        }
    }

    private void moa(Attributes a) {
        String qualifier = a.getValue("e01_01");
        String owner = summary ? (taxContext.startsWith("tax.") ? taxContext : "total") : taxContext.isEmpty() ? line : taxContext;
        if (!summary && !line.isEmpty() && "203".equals(qualifier)) {
            owner = line;
        }
        put(owner + ".amount." + qualifier, a, "e01_02");
    }

    private void put(String name, Attributes a, String... attributes) {
        for (String attribute : attributes) {
            String value = a.getValue(attribute);
            if (value != null) {
                facts.put(name, value);
                return;
            }
        }
    }

    private static String join(Attributes a, String... attributes) {
        StringBuilder text = new StringBuilder();
        for (String attribute : attributes) {
            String value = a.getValue(attribute);
            if (value != null) {
                text.append(value);
            }
        }
        return text.toString();
    }
}
