package com.sponsorlink.identity.account;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import com.sponsorlink.identity.events.Category;
import com.sponsorlink.identity.events.Platform;

/**
 * The fixed lists an influencer profile form offers, for every page that shows one.
 */
@ControllerAdvice(assignableTypes = { RegistrationController.class, ProfileController.class })
class ProfileChoices {

    @ModelAttribute("categories")
    Category[] categories() {
        return Category.values();
    }

    @ModelAttribute("platforms")
    Platform[] platforms() {
        return Platform.values();
    }
}
