package io.longwave.identity.user;

import jakarta.ejb.Stateless;

/**
 * What registration does after a user row exists: consume the invitation, start contact-info validation.
 * The e-mail parts belong to the registration package; this bean is the seam the user registry calls.
 */
@Stateless
public class UserRegistrationSteps {

    public void afterCreate(UserAccount user, boolean byAdmin, String invitationToken) {
        // Filled in by the registration flows (invitations, contact-info validation).
    }

    public void afterEmailChange(UserAccount user) {
        // Filled in by the registration flows (contact-info validation).
    }
}
