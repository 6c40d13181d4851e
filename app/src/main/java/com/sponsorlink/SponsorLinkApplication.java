package com.sponsorlink;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * SponsorLink, an influencer marketing platform, as a modular monolith: every direct sub-package
 * is a bounded context that talks to the others only through published events.
 */
@SpringBootApplication
@Modulithic(systemName = "SponsorLink", sharedModules = "app")
public class SponsorLinkApplication {

    public static void main(String[] args) {
        SpringApplication.run(SponsorLinkApplication.class, args);
    }
}
