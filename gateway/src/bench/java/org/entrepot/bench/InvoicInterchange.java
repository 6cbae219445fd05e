package org.entrepot.bench;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes an INVOIC D.96A interchange of any number of lines, shaped like the Nordwind sample
 * (samples/invoices): UNOC, three parties, currency, payment terms, a header charge, lines with
 * PIA/IMD/QTY/MOA/PRI/TAX and now and then a discount, then UNS, CNT, the totals and a tax
 * summary per rate. Totals, CNT and the UNT count are computed, so the interchange is one a
 * strict reader accepts: the benchmarks must measure the path a good document takes.
 *
 * <p>Generated rather than committed so that any size can be measured without data in git.
 */
public final class InvoicInterchange {

    /** UNOC is ISO 8859-1; the free text below carries two characters outside ASCII on purpose. */
    public static final Charset CHARSET = StandardCharsets.ISO_8859_1;

    /** Every n-th line carries a 5 % discount (ALC + MOA 204), as line 2 of the sample does. */
    private static final int DISCOUNT_EVERY = 7;

    /** The header freight charge (ALC C … FC) at the standard rate. */
    private static final long FREIGHT_CENTS = 45_00;

    private static final Product[] PRODUCTS = {
        new Product("4012345100013", "NW-BOLT-M8", "GX-10001", "Hex bolt M8 x 40, zinc plated", 25, 19),
        new Product("4012345100020", "NW-NUT-M8", "GX-10002", "Hex nut M8, DIN 934", 8, 19),
        new Product("4012345100037", "NW-WASH-M8", "GX-10003", "Washer M8, stainless A2", 5, 19),
        new Product("4012345100044", "NW-HB-2026", "GX-20417", "Fastener handbook, print", 24_50, 7),
    };

    private record Product(String gtin, String sellersNumber, String buyersNumber, String name,
                           long priceCents, int vatPercent) {
    }

    private final List<String> message = new ArrayList<>();
    private long lineTotalCents;
    private long standardRateBaseCents = FREIGHT_CENTS;
    private long reducedRateBaseCents;

    private InvoicInterchange() {
    }

    /** The interchange with {@code lines} invoice lines, in its declared character set. */
    public static byte[] withLines(int lines) {
        if (lines < 1) {
            throw new IllegalArgumentException("an invoice has at least one line");
        }
        InvoicInterchange invoice = new InvoicInterchange();
        invoice.header();
        for (int line = 1; line <= lines; line++) {
            invoice.line(line);
        }
        invoice.summary(lines);
        return invoice.interchange().getBytes(CHARSET);
    }

    private void header() {
        add("UNH+1+INVOIC:D:96A:UN:EAN008");
        add("BGM+380+INV-2026-0417+9");
        add("DTM+137:20261120:102");
        add("DTM+35:20261118:102");
        add("PAI+::42");
        add("FTX+AAI+++Lieferung auf 2 Paletten, bitte trocken lagern.:R\u00fcckfragen an Frau M\u00fcller?: 040 555 0199");
        add("RFF+ON:PO-88123");
        add("DTM+171:20261102:102");
        add("NAD+SU+4012345000009::9++Nordwind Handel GmbH+Brooktorkai 7+Hamburg++20457+DE");
        add("FII+RB+DE89370400440532013000:Nordwind Handel GmbH+COBADEFFXXX:25:17");
        add("RFF+VA:DE123456789");
        add("NAD+BY+5012345000008::9++Globex Retail Ltd+1 Deansgate+Manchester++M3 2BW+GB");
        add("RFF+VA:GB987654321");
        add("NAD+DP+5012345000015::9++Globex Distribution Centre+200 Trafford Park Road+Manchester++M17 1HH+GB");
        add("CUX+2:EUR:4");
        add("PAT+1++5:3:D:30");
        add("DTM+13:20261220:102");
        add("ALC+C++++FC");
        add("MOA+8:" + money(FREIGHT_CENTS));
        add("TAX+7+VAT+++:::19+S");
    }

    private void line(int number) {
        Product product = PRODUCTS[(number - 1) % PRODUCTS.length];
        // quantities vary from line to line so amounts do not repeat; always at least 1
        long quantity = 1 + (number * 37L) % 500;
        long gross = quantity * product.priceCents();
        long discount = number % DISCOUNT_EVERY == 0 ? percentOf(gross, 5) : 0;
        long net = gross - discount;
        add("LIN+" + number + "++" + product.gtin() + ":SRV");
        add("PIA+1+" + product.sellersNumber() + ":SA+" + product.buyersNumber() + ":IN");
        add("IMD+F++:::" + product.name());
        add("QTY+47:" + quantity + ":PCE");
        add("MOA+203:" + money(net));
        add("PRI+AAA:" + money(product.priceCents()));
        add("TAX+7+VAT+++:::" + product.vatPercent() + "+S");
        if (discount > 0) {
            add("ALC+A++++DI");
            add("MOA+204:" + money(discount));
        }
        lineTotalCents += net;
        if (product.vatPercent() == 19) {
            standardRateBaseCents += net;
        } else {
            reducedRateBaseCents += net;
        }
    }

    private void summary(int lines) {
        long standardTax = percentOf(standardRateBaseCents, 19);
        long reducedTax = percentOf(reducedRateBaseCents, 7);
        long taxable = lineTotalCents + FREIGHT_CENTS;
        long total = taxable + standardTax + reducedTax;
        add("UNS+S");
        add("CNT+2:" + lines);
        add("MOA+79:" + money(lineTotalCents));
        add("MOA+259:" + money(FREIGHT_CENTS));
        add("MOA+125:" + money(taxable));
        add("MOA+176:" + money(standardTax + reducedTax));
        add("MOA+77:" + money(total));
        add("MOA+9:" + money(total));
        taxSubtotal(19, standardRateBaseCents, standardTax);
        if (reducedRateBaseCents > 0) {
            taxSubtotal(7, reducedRateBaseCents, reducedTax);
        }
        // UNT counts every segment of the message, UNH and UNT included
        add("UNT+" + (message.size() + 1) + "+1");
    }

    private void taxSubtotal(int percent, long base, long tax) {
        add("TAX+7+VAT+++:::" + percent + "+S");
        add("MOA+125:" + money(base));
        add("MOA+124:" + money(tax));
    }

    private String interchange() {
        StringBuilder out = new StringBuilder(message.size() * 32 + 200);
        out.append("UNA:+.? '\n");
        out.append("UNB+UNOC:3+4012345000009:14+5012345000008:14+261120:0930+NW000417++INVOIC'\n");
        message.forEach(segment -> out.append(segment).append("'\n"));
        out.append("UNZ+1+NW000417'\n");
        return out.toString();
    }

    private void add(String segment) {
        message.add(segment);
    }

    /** {@code percent} % of an amount in cents, rounded half up to the cent. */
    private static long percentOf(long cents, int percent) {
        return (cents * percent + 50) / 100;
    }

    private static String money(long cents) {
        return cents / 100 + "." + (cents % 100 < 10 ? "0" : "") + cents % 100;
    }
}
