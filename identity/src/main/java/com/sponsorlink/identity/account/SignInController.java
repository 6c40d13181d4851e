package com.sponsorlink.identity.account;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page. Spring Security handles the form's POST; failures come back here through
 * {@link SignInFailureHandler}.
 */
@Controller
class SignInController {

    @GetMapping("/login")
    String signIn(HttpSession session, Model model) {
        model.addAttribute("error", takeFrom(session, SignInFailureHandler.MESSAGE));
        model.addAttribute("email", takeFrom(session, SignInFailureHandler.EMAIL));
        model.addAttribute("appealable", Boolean.TRUE.equals(takeFrom(session, SignInFailureHandler.SUSPENDED)));
        return "identity/login";
    }

    private static Object takeFrom(HttpSession session, String attribute) {
        Object value = session.getAttribute(attribute);
        session.removeAttribute(attribute);
        return value;
    }
}
