package com.sponsorlink.identity.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;

import org.junit.jupiter.api.Test;

class RegistrationRulesTests {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void emailAndPasswordAreCheckedAtSignUpOnly() {
        var profileEdit = new SponsorForm(null, null, "Acme", "Tools", null);

        assertThat(validator.validate(profileEdit, Default.class)).isEmpty();
        assertThat(fields(validator.validate(profileEdit, Default.class, Registration.class)))
            .containsExactlyInAnyOrder("email", "password");
    }

    @Test
    void passwordsNeedAtLeastTenCharacters() {
        assertThat(fields(validator.validate(new SponsorForm("a@b.example", "123456789", "Acme", "Tools", null),
                Default.class, Registration.class))).containsExactly("password");
        assertThat(validator.validate(new SponsorForm("a@b.example", "1234567890", "Acme", "Tools", null),
                Default.class, Registration.class)).isEmpty();
    }

    @Test
    void anEmailNeedsADomainWithADot() {
        assertThat(fields(validator.validate(new SponsorForm("name@localhost", "a-good-password", "Acme", "Tools", null),
                Default.class, Registration.class))).containsExactly("email");
    }

    @Test
    void emailsAreComparedWithoutLetterCaseOrSurroundingSpace() {
        assertThat(EmailAddresses.key("  Nora@Example.COM ")).isEqualTo(EmailAddresses.key("nora@example.com"));
    }

    @Test
    void moneyIsStoredInMinorUnitsOfTheConfiguredCurrency() {
        assertThat(new Money("USD").toMinorUnits(new BigDecimal("25000.5"))).isEqualTo(2_500_050L);
        assertThat(new Money("USD").toAmount(2_500_050L)).isEqualByComparingTo("25000.50");
        assertThat(new Money("JPY").toMinorUnits(new BigDecimal("1200"))).isEqualTo(1200L);
        assertThat(new Money("USD").toMinorUnits(null)).isNull();
        assertThatThrownBy(() -> new Money("USD").toMinorUnits(new BigDecimal("0.001"))).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void theTwoNewPasswordsMustMatch() {
        assertThat(new PasswordForm("old-password", "new-password-1", "new-password-1").confirmed()).isTrue();
        assertThat(new PasswordForm("old-password", "new-password-1", "new-password-2").confirmed()).isFalse();
    }

    private static Set<String> fields(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(v -> v.getPropertyPath().toString()).collect(java.util.stream.Collectors.toSet());
    }
}
