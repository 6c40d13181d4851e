package com.sponsorlink.app;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may open what. Each role owns a URL space; a context's controllers also check ownership of
 * the objects they serve. The sign-in itself (provider and failure handling) belongs to identity.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /**
     * Everything from this origin only, and no inline script or style at all: scripts and styles are
     * files under /webjars and /assets. A page may set a policy of its own (the monthly report does);
     * this one is then not added.
     */
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain web(HttpSecurity http, AuthenticationFailureHandler signInFailure, SessionRegistry sessionRegistry)
            throws Exception {
        var backToWhereTheyWere = new SavedRequestAwareAuthenticationSuccessHandler();
        backToWhereTheyWere.setDefaultTargetUrl("/dashboard");
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/", "/login", "/appeal", "/register/**", "/error", "/webjars/**", "/assets/**")
                .permitAll()
                .requestMatchers("/sponsor/**").hasRole("SPONSOR")
                .requestMatchers("/influencer/**").hasRole("INFLUENCER")
                .requestMatchers("/admin/**").hasRole("ADMIN")
                .anyRequest().authenticated())
            .formLogin(form -> form.loginPage("/login")
                .usernameParameter("email")
                .successHandler(backToWhereTheyWere)
                .failureHandler(signInFailure))
            .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
            .headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(POLICY))
                .frameOptions(frames -> frames.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
            .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId())
                // no limit on sessions per user; the registry lets identity end a suspended user's sessions
                .maximumSessions(-1)
                .sessionRegistry(sessionRegistry)
                .expiredUrl("/login?suspended"));
        return http.build();
    }
}
