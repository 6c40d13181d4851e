package com.sponsorlink.adrequests.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class CsvCellsTests {

    @Test
    void quotesCellsWithCommasQuotesAndLineBreaks() {
        assertThat(CsvCells.line(Arrays.asList("Plain", "a, b", "say \"hi\"", "two\nlines", null)))
            .isEqualTo("Plain,\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n");
    }

    @Test
    void defusesTextThatASpreadsheetWouldRunAsAFormulaButNotNegativeNumbers() {
        assertThat(CsvCells.cell("=HYPERLINK(\"http://evil.example\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\")\"");
        assertThat(CsvCells.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvCells.cell(new BigDecimal("-5.00"))).isEqualTo("-5.00");
    }
}
