package com.sponsorlink.identity.account;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Sends a failed sign-in back to the form with one message and the email that was typed. Wrong
 * email and wrong password read the same.
 */
@Component
class SignInFailureHandler implements AuthenticationFailureHandler {

    static final String MESSAGE = SignInFailureHandler.class.getName() + ".message";
    static final String EMAIL = SignInFailureHandler.class.getName() + ".email";
    /** Set when the password was right but the account is suspended, so the page may offer an appeal. */
    static final String SUSPENDED = SignInFailureHandler.class.getName() + ".suspended";

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        var session = request.getSession();
        session.setAttribute(MESSAGE, messageFor(exception));
        session.setAttribute(EMAIL, request.getParameter("email"));
        session.setAttribute(SUSPENDED, exception instanceof AccountSuspendedException);
        response.sendRedirect(request.getContextPath() + "/login?error");
    }

    private static String messageFor(AuthenticationException exception) {
        if (exception instanceof SignInThrottledException || exception instanceof AccountStatusException) {
            return exception.getMessage();
        }
        return "Wrong email or password.";
    }
}
