package io.longwave.identity.user;

import io.longwave.identity.options.IdentitySettings;
import io.longwave.identity.registration.ContactInfoValidations;
import io.longwave.identity.registration.Invitations;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * What registration does around a user row: consume the invitation and start contact-info validation when
 * a user registers, validate again when the primary address changes, and tell the token issuer whether an
 * unvalidated address bars a login. The seam between the user registry and the registration package.
 */
@Stateless
public class UserRegistrationSteps {

    @Inject
    IdentitySettings settings;

    @Inject
    Invitations invitations;

    @Inject
    ContactInfoValidations validations;

    /**
     * After {@link UserRegistry#create}: a self-registered user spends the invitation token (the registry has
     * already refused a missing one when invitations are required) and gets a validation mail. An admin
     * creating a user needs no invitation; the user can ask for a validation mail later.
     */
    public void afterCreate(UserAccount user, boolean byAdmin, String invitationToken) {
        if (byAdmin) {
            return;
        }
        if (invitationToken != null && !invitationToken.isBlank()) {
            invitations.accept(invitationToken, user.userId());
        }
        validations.start(user);
    }

    /** After a change of the primary address (the registry has cleared its validation time). */
    public void afterEmailChange(UserAccount user) {
        validations.start(user);
    }

    /**
     * Why the user may not obtain tokens yet, if so: an unvalidated primary address while
     * {@code is.user-registration.contact-info-validation.required}. Admins are exempt: they are the
     * operator's own accounts, and locking them out would leave nobody to change the setting.
     */
    public Optional<String> loginRefusal(UserAccount user) {
        if (settings.get().registration().contactInfoValidationRequired() && !user.admin()
                && user.primaryEmailAddressValidatedAt() == null) {
            return Optional.of("the primary e-mail address of user `" + user.userId()
                    + "` is not validated yet; follow the link in the validation e-mail");
        }
        return Optional.empty();
    }
}
