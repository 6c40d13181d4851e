package com.sponsorlink.admin.analytics;

import java.math.BigDecimal;
import java.util.List;

/**
 * One chart's numbers: a row per label (a month, a campaign, a category) with a value per series.
 * The page shows them as a table that the browser draws the chart from, and the CSV download
 * writes the same rows, so chart, table and file always agree. Amounts are in minor units.
 *
 * @param type the Chart.js chart type: bar, line or doughnut
 * @param labelHeading the heading of the label column, such as "Month"
 * @param empty what the page says when there is nothing to show
 */
record Chart(String id, String title, String type, String caption, String labelHeading, List<Series> series, List<Row> rows,
        String empty) {

    /** A column of numbers; money columns hold minor units. */
    record Series(String name, boolean money) {
    }

    record Row(String label, List<Long> values) {
    }

    /** The rows as CSV, amounts as plain decimal numbers, labels quoted where they need it. */
    String csv(int fractionDigits) {
        StringBuilder csv = new StringBuilder(cell(labelHeading));
        series.forEach(s -> csv.append(',').append(cell(s.name())));
        csv.append("\r\n");
        for (Row row : rows) {
            csv.append(cell(row.label()));
            for (int i = 0; i < series.size(); i++) {
                long value = row.values().get(i);
                csv.append(',').append(series.get(i).money() ? BigDecimal.valueOf(value, fractionDigits).toPlainString() : value);
            }
            csv.append("\r\n");
        }
        return csv.toString();
    }

    /** Quotes a text cell, and defuses one a spreadsheet would run as a formula. */
    private static String cell(String text) {
        String safe = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return safe.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
