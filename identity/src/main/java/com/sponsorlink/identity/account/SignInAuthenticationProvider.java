package com.sponsorlink.identity.account;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Email and password sign-in with throttling. A suspension is only revealed once the password was
 * right, so that it tells nothing about addresses to someone guessing.
 */
@Component
class SignInAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwordCheck;
    private final SignInThrottle throttle;

    SignInAuthenticationProvider(Accounts accounts, PasswordEncoder passwords, SignInThrottle throttle) {
        this.throttle = throttle;
        UserDetailsService byEmail = email -> accounts.findByEmail(email)
            .map(SignedInUser::new)
            .orElseThrow(() -> new UsernameNotFoundException("No account for that email"));
        this.passwordCheck = new DaoAuthenticationProvider(byEmail);
        this.passwordCheck.setPasswordEncoder(passwords);
        this.passwordCheck.setPreAuthenticationChecks(user -> {
        });
        this.passwordCheck.setPostAuthenticationChecks(SignInAuthenticationProvider::refuseSuspended);
    }

    private static void refuseSuspended(UserDetails user) {
        if (!user.isAccountNonLocked()) {
            throw new AccountSuspendedException(((SignedInUser) user).suspensionReason());
        }
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = authentication.getName();
        if (throttle.isThrottled(email)) {
            throw new SignInThrottledException(throttle.window().toMinutes());
        }
        try {
            Authentication result = passwordCheck.authenticate(authentication);
            throttle.forget(email);
            return result;
        }
        catch (BadCredentialsException wrongEmailOrPassword) {
            throttle.recordFailure(email);
            throw wrongEmailOrPassword;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
