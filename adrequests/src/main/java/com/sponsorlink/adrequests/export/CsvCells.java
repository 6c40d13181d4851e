package com.sponsorlink.adrequests.export;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One CSV line (RFC 4180): cells with a comma, quote or line break are quoted, quotes doubled. A
 * cell that a spreadsheet would run as a formula (starting with = + - @) is prefixed with a quote,
 * since campaign names and requirements are typed by users.
 */
final class CsvCells {

    private CsvCells() {
    }

    static String line(List<?> cells) {
        return cells.stream().map(CsvCells::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
