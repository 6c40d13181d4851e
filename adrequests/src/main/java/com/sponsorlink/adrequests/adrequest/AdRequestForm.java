package com.sponsorlink.adrequests.adrequest;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The sponsor's ad request form, for a new request and for edits. Ids and the payment stay text so
 * that whatever was typed or posted comes back beside its error instead of failing the binding.
 */
record AdRequestForm(
        @NotBlank(message = "Choose the campaign.")
        String campaignId,
        @NotBlank(message = "Choose the influencer.")
        String influencerId,
        @NotBlank(message = "Describe what the influencer should deliver, and when.")
        @Size(max = 4000, message = "Use at most 4000 characters.")
        String requirements,
        @NotNull(message = "Enter the payment.")
        @Pattern(regexp = AmountInput.PATTERN, message = AmountInput.MESSAGE)
        String payment,
        @DateTimeFormat(iso = ISO.DATE)
        LocalDate dueDate,
        Integer version) {

    static AdRequestForm of(AdRequest request, Money money) {
        return new AdRequestForm(request.campaignId().toString(), request.influencerId().toString(), request.requirements(),
                money.toAmount(request.offerMinor()).toPlainString(), request.dueDate(), request.version());
    }

    AdRequestForm addressedTo(String otherInfluencerId) {
        return new AdRequestForm(campaignId, otherInfluencerId, requirements, payment, dueDate, version);
    }

    UUID campaign() {
        return Ids.parse(campaignId);
    }

    UUID influencer() {
        return Ids.parse(influencerId);
    }

    String trimmedRequirements() {
        return requirements.strip();
    }
}
