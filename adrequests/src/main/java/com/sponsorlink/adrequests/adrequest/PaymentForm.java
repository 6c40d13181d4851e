package com.sponsorlink.adrequests.adrequest;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A payment the sponsor made outside the platform: how much, when and the bank or invoice reference.
 */
record PaymentForm(
        @NotNull(message = "Enter the amount paid.")
        @Pattern(regexp = AmountInput.PATTERN, message = AmountInput.MESSAGE)
        String amount,
        @NotNull(message = "Enter the date of the payment.")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate paidDate,
        @NotBlank(message = "Enter the payment's reference, such as the transfer or invoice number.")
        @Size(max = 200, message = "Use at most 200 characters.")
        String reference,
        Integer version) {

    static PaymentForm empty(int version, LocalDate today) {
        return new PaymentForm(null, today, null, version);
    }
}
