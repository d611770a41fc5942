package io.longwave.web.registration;

import io.longwave.identity.registration.ContactInfoValidations;
import io.longwave.web.api.RequestCaller;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Contact-info validation: {@code /api/v3/contact_info/validation}. */
@Path("/api/v3/contact_info/validation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "ContactInfoRegistry")
public class ContactInfoValidationResource {

    @Inject
    ContactInfoValidations validations;

    @Inject
    RequestCaller caller;

    @POST
    @Operation(summary = "Mail a new validation of a user's primary e-mail address")
    public JsonObject request(JsonObject body) {
        return validations.resend(caller.get(), body);
    }

    @PATCH
    @Operation(summary = "Validate an e-mail address with the ID and token from the validation e-mail")
    public JsonObject validate(JsonObject body) {
        validations.validate(body);
        return JsonObject.EMPTY_JSON_OBJECT;
    }
}
